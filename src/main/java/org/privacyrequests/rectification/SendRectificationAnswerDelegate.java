package org.privacyrequests.rectification;

import org.privacyrequests.requests.RequestProcess;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.requests.RequesterMail;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.springframework.stereotype.Component;

/** "Send rectification answer": per field asked, corrected or not and why, and who was told. */
@Component("sendRectificationAnswer")
class SendRectificationAnswerDelegate implements JavaDelegate {

    private final RequesterMail mail;
    private final DataSubjectRequestRepository requests;

    public SendRectificationAnswerDelegate(RequesterMail mail, DataSubjectRequestRepository requests) {
        this.mail = mail;
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        NotCorrected notCorrected = NotCorrected.read(execution);
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("corrections", execution.getVariable(RequestProcess.Var.CORRECTED_FIELDS));
        model.put("recipients", execution.getVariable(RequestProcess.Var.RECIPIENTS_INFORMED) == null ? List.of()
                : execution.getVariable(RequestProcess.Var.RECIPIENTS_INFORMED));
        model.put("notCorrected", notCorrected.fields());
        model.put("notCorrectedReason", notCorrected.reason());
        mail.send(reference, "rectification-done", model);
        requests.addOutcome(reference, org.privacyrequests.requests.RequestOutcome.RECTIFIED, notCorrected.fields().isEmpty() ? "rectified"
                : "rectified; not corrected: " + String.join(", ", notCorrected.fields()));
    }
}
