package org.privacyrequests.requests;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.privacyrequests.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * When the request process ends, however it ends: the record is closed, and personal form input is
 * removed from the engine's history. The record itself stays for accountability.
 */
@Component("closeRequest")
class CloseRequestListener implements ExecutionListener {

    private final DataSubjectRequestRepository requests;
    private final PersonalFormInput personalFormInput;
    private final AuditTrail audit;
    private final Clock clock;

    public CloseRequestListener(DataSubjectRequestRepository requests, PersonalFormInput personalFormInput, AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.personalFormInput = personalFormInput;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        if (reference == null || !requests.exists(reference)) {
            return;
        }
        requests.close(reference, clock.instant());
        personalFormInput.forgetHistory(execution.getProcessInstanceId());
        audit.recordBy(reference, AuditTrail.SYSTEM, AuditEvent.of(AuditAction.REQUEST_CLOSED));
    }
}
