package org.privacyrequests.complaints;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.requests.PersonalFormInput;
import org.springframework.stereotype.Component;

/** When the complaint process ends: the record is closed and the complaint's text is gone from the engine's history. */
@Component("closeComplaint")
class CloseComplaintListener implements ExecutionListener {

    private final PrivacyComplaints complaints;
    private final PersonalFormInput personalFormInput;
    private final AuditTrail audit;
    private final Clock clock;

    public CloseComplaintListener(PrivacyComplaints complaints, PersonalFormInput personalFormInput, AuditTrail audit, Clock clock) {
        this.complaints = complaints;
        this.personalFormInput = personalFormInput;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        if (reference == null || !complaints.exists(reference)) {
            return;
        }
        complaints.close(reference, clock.instant());
        personalFormInput.forgetHistory(execution.getProcessInstanceId());
        audit.recordBy(reference, AuditTrail.SYSTEM, AuditEvent.of(AuditAction.COMPLAINT_CLOSED));
    }
}
