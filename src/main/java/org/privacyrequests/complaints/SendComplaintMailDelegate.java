package org.privacyrequests.complaints;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.routing.Webshops;
import org.springframework.stereotype.Component;

/**
 * Sends the complainant one of the complaint mails. The BPMN task names the template (input parameter
 * {@code mailTemplate}) and the outcome it records: a fixed one ({@code outcome}) or the one a form chose
 * ({@code outcomeFrom}, the variable's name).
 */
@Component("sendComplaintMail")
class SendComplaintMailDelegate implements JavaDelegate {

    private final ComplaintMail mail;
    private final PrivacyComplaints complaints;
    private final ComplaintProperties properties;
    private final Webshops webshops;

    public SendComplaintMailDelegate(ComplaintMail mail, PrivacyComplaints complaints, ComplaintProperties properties,
                                     Webshops webshops) {
        this.mail = mail;
        this.complaints = complaints;
        this.properties = properties;
        this.webshops = webshops;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        Map<String, Object> extras = new HashMap<>();
        extras.put("replyWithinDays", properties.replyWithin().getDays());
        copy(execution, extras, "responseText", "finalAnswer", "outcome");
        if (execution.getVariable(ComplaintProcess.Var.ESCALATION_REASON) != null) {
            extras.put("reason", execution.getVariable(ComplaintProcess.Var.ESCALATION_REASON));
        }
        if (execution.getVariable(ComplaintProcess.Var.WEBSHOP_ID) instanceof Number id) {
            var webshop = webshops.get(id.longValue());
            extras.put("webshop", Map.of("name", webshop.name(), "privacyContactEmail", webshop.privacyContactEmail()));
        }
        mail.send(reference, (String) execution.getVariableLocal(ComplaintProcess.Input.MAIL_TEMPLATE), extras);

        Object outcome = execution.getVariableLocal(ComplaintProcess.Input.OUTCOME);
        Object outcomeFrom = execution.getVariableLocal(ComplaintProcess.Input.OUTCOME_FROM);
        if (outcome == null && outcomeFrom != null) {
            outcome = execution.getVariable((String) outcomeFrom);
        }
        if (outcome != null) {
            complaints.recordOutcome(reference, ComplaintOutcome.of(outcome));
        }
    }

    private static void copy(DelegateExecution execution, Map<String, Object> extras, String... names) {
        for (String name : names) {
            Object value = execution.getVariable(name);
            if (value != null) {
                extras.put(name, value);
            }
        }
    }
}
