package org.privacyrequests.complaints;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.company.CompanyProperties;
import org.springframework.stereotype.Component;

/** "Alert managers": the complaint is escalated (deadline passed, or the complainant is not satisfied). */
@Component("alertManagersOfComplaint")
class AlertManagersOfComplaintDelegate implements JavaDelegate {

    private final ComplaintMail mail;
    private final PrivacyComplaints complaints;
    private final CompanyProperties company;
    private final AuditTrail audit;

    public AlertManagersOfComplaintDelegate(ComplaintMail mail, PrivacyComplaints complaints, CompanyProperties company,
                                            AuditTrail audit) {
        this.mail = mail;
        this.complaints = complaints;
        this.company = company;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        String reason = (String) execution.getVariableLocal(ComplaintProcess.Input.REASON);
        complaints.markEscalated(reference);
        // The final answer tells the complainant why management looked at it (an apology when it was late).
        execution.setVariable(ComplaintProcess.Var.ESCALATION_REASON, reason);
        audit.record(reference, AuditEvent.of(AuditAction.COMPLAINT_ESCALATED).with("escalationReason", reason));
        mail.sendTo(company.managersEmail(), company.staffLanguage(), reference, "complaint-escalated", Map.of("reason", reason));
    }
}
