package org.privacyrequests.requests;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.privacyrequests.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * When the request process ends, however it ends: the record is closed, and personal form input is
 * removed from the engine's history. The record itself stays for accountability.
 */
@Component("closeRequest")
public class CloseRequestListener implements ExecutionListener {

    private final DataSubjectRequestRepository requests;
    private final PersonalFormInput personalFormInput;
    private final AuditTrail audit;

    public CloseRequestListener(DataSubjectRequestRepository requests, PersonalFormInput personalFormInput, AuditTrail audit) {
        this.requests = requests;
        this.personalFormInput = personalFormInput;
        this.audit = audit;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        if (reference == null || !requests.exists(reference)) {
            return;
        }
        requests.close(reference, ClockUtil.getCurrentTime().toInstant());
        personalFormInput.forgetHistory(execution.getProcessInstanceId());
        audit.recordBy(reference, AuditTrail.SYSTEM, "Request closed", null);
    }
}
