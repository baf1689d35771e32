package org.privacyrequests.routing;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.privacyrequests.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** "Follow up with the webshop" completed: what happened goes into the audit trail of the request that was forwarded. */
@Component("recordFollowUp")
class RecordFollowUp implements TaskListener {

    private final AuditTrail audit;

    public RecordFollowUp(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void notify(DelegateTask task) {
        String reference = ForwardedRequestFollowUp.referenceOf(task.getExecution().getProcessBusinessKey());
        audit.record(reference, AuditEvent.of(AuditAction.FOLLOWED_UP_WITH_WEBSHOP).with("webshop", task.getVariable("webshopName"))
                .with("followUpOutcome", task.getVariable("followUpOutcome")).with("followUpNote", task.getVariable("followUpNote")));
    }
}
