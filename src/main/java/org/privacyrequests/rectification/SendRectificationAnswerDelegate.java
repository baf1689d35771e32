package org.privacyrequests.rectification;

import org.privacyrequests.requests.RequestProcess;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.requests.RequesterMail;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.springframework.stereotype.Component;

/** "Send rectification answer": which fields were corrected and who was told. */
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
        mail.send(reference, "rectification-done", Map.of(
                "corrections", execution.getVariable(RequestProcess.Var.CORRECTED_FIELDS),
                "recipients", execution.getVariable(RequestProcess.Var.RECIPIENTS_INFORMED) == null ? List.of() : execution.getVariable(RequestProcess.Var.RECIPIENTS_INFORMED)));
        requests.addOutcome(reference, org.privacyrequests.requests.RequestOutcome.RECTIFIED);
    }
}
