package org.privacyrequests.complaints;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.routing.Webshops;
import org.springframework.stereotype.Component;

/** "Forward complaint to webshop": the webshop decides about data the company holds only for it (Art. 28). */
@Component("forwardComplaintToWebshop")
class ForwardComplaintToWebshopDelegate implements JavaDelegate {

    private final ComplaintMail mail;
    private final Webshops webshops;
    private final AuditTrail audit;

    public ForwardComplaintToWebshopDelegate(ComplaintMail mail, Webshops webshops, AuditTrail audit) {
        this.mail = mail;
        this.webshops = webshops;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        var webshop = webshops.get(((Number) execution.getVariable(ComplaintProcess.Var.WEBSHOP_ID)).longValue());
        var complaint = mail.complaint(reference);
        Map<String, Object> extras = new HashMap<>();
        extras.put("webshop", Map.of("name", webshop.name()));
        extras.put("complainantEmail", complaint.complainantEmail());
        if (complaint.complaintText() != null) {
            extras.put("complaintText", complaint.complaintText());
        }
        mail.sendTo(webshop.privacyContactEmail(), webshop.language(), reference, "complaint-to-webshop", extras);
        audit.record(reference, AuditEvent.of(AuditAction.COMPLAINT_FORWARDED_TO_WEBSHOP).with("webshop", webshop.name()));
    }
}
