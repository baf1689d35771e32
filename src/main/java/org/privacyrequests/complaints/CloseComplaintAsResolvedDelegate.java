package org.privacyrequests.complaints;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** "Close complaint as resolved": the complainant was satisfied, or did not reply in time; the answer's outcome stands. */
@Component("closeComplaintAsResolved")
class CloseComplaintAsResolvedDelegate implements JavaDelegate {

    private final PrivacyComplaints complaints;
    private final AuditTrail audit;

    public CloseComplaintAsResolvedDelegate(PrivacyComplaints complaints, AuditTrail audit) {
        this.complaints = complaints;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        ComplaintOutcome outcome = ComplaintOutcome.of(execution.getVariable(ComplaintProcess.Var.PROPOSED_OUTCOME));
        complaints.recordOutcome(reference, outcome);
        // The complainant did not ask for a review: the proposed outcome is the outcome.
        audit.record(reference, AuditEvent.of(AuditAction.COMPLAINT_RESOLVED).with("complaintOutcome", outcome.name()));
    }
}
