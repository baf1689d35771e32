package org.privacyrequests.requests;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.deadlines.Deadlines;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.springframework.stereotype.Component;

/**
 * Sends the requester one of the answers whose content the process already holds: receipt, questions
 * about identity, refusals with their reasons, decisions on restriction and objection. The BPMN task names,
 * as input parameters, the template ({@code mailTemplate}), the right it is about ({@code mailRight},
 * optional) and the outcome it records on the request ({@code outcome}, optional). Input parameters, not
 * field injection: this one bean serves many tasks at once on the job executor's threads.
 */
@Component("sendRequesterMail")
class SendRequesterMailDelegate implements JavaDelegate {

    private final RequesterMail mail;
    private final Deadlines deadlines;
    private final DataSubjectRequestRepository requests;

    public SendRequesterMailDelegate(RequesterMail mail, Deadlines deadlines, DataSubjectRequestRepository requests) {
        this.mail = mail;
        this.deadlines = deadlines;
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        Map<String, Object> extras = new HashMap<>();
        extras.put("answerWithinDays", deadlines.identityAnswerDays());
        putIfSet(extras, "reason", execution.getVariable(RequestProcess.Var.REFUSAL_REASON));
        putIfSet(extras, "refusalGround", execution.getVariable("refusalGround"));
        putIfSet(extras, "informationNeeded", execution.getVariable(RequestProcess.Var.INFORMATION_NEEDED));
        putIfSet(extras, "details", execution.getVariable(RequestProcess.Var.DECISION_DETAILS));
        putIfSet(extras, "closedBecause", execution.getVariableLocal(RequestProcess.Input.CLOSED_BECAUSE));
        String right = (String) execution.getVariableLocal(RequestProcess.Input.MAIL_RIGHT);
        if (right != null) {
            extras.put("right", right);
            extras.put("rights", java.util.List.of(right.split(",")));
        }
        mail.send(reference, (String) execution.getVariableLocal(RequestProcess.Input.MAIL_TEMPLATE), extras);
        String outcome = (String) execution.getVariableLocal(RequestProcess.Input.OUTCOME);
        if (outcome != null) {
            requests.addOutcome(reference, org.privacyrequests.requests.RequestOutcome.fromCode(outcome)
                    .orElseThrow(() -> new IllegalStateException("The BPMN task names an unknown outcome code: " + outcome)));
        }
    }

    private static void putIfSet(Map<String, Object> extras, String key, Object value) {
        if (value != null) {
            extras.put(key, value);
        }
    }
}
