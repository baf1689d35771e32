package org.privacyrequests.objection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.privacyrequests.requests.RequestOutcome;
import org.privacyrequests.requests.RequesterMail;
import org.springframework.stereotype.Component;

/**
 * Answers an objection: to direct marketing, that it ended and where; on the person's particular situation, upheld or
 * refused with the manager's reasons as recorded (a refusal also names the right to complain and to go to court).
 */
@Component("sendObjectionAnswer")
class SendObjectionAnswerDelegate implements JavaDelegate {

    private final RequesterMail mail;
    private final ObjectionDecisions decisions;
    private final DataSubjectRequestRepository requests;

    public SendObjectionAnswerDelegate(RequesterMail mail, ObjectionDecisions decisions, DataSubjectRequestRepository requests) {
        this.mail = mail;
        this.decisions = decisions;
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        Map<String, Object> extras = new HashMap<>();
        if (execution.hasVariable(ObjectionProcess.MARKETING_ENDED_IN)
                && ObjectionProcess.DIRECT_MARKETING.equals(execution.getVariable(ObjectionProcess.OBJECTION_KIND))) {
            @SuppressWarnings("unchecked")
            List<String> systems = (List<String>) execution.getVariable(ObjectionProcess.MARKETING_ENDED_IN);
            extras.put("systems", systems);
            mail.send(reference, "objection-direct-marketing", extras);
            requests.addOutcome(reference, RequestOutcome.OBJECTION_GRANTED, "objection to direct marketing granted");
            return;
        }
        var weighed = decisions.latest(reference)
                .orElseThrow(() -> new IllegalStateException("No manager weighed the objection of " + reference));
        extras.put("reasons", weighed.reasons());
        mail.send(reference, weighed.upheld() ? "objection-upheld" : "objection-refused", extras);
        requests.addOutcome(reference, weighed.upheld() ? RequestOutcome.OBJECTION_GRANTED : RequestOutcome.OBJECTION_REFUSED);
    }
}
