package org.privacyrequests.retention;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.retention.RetentionSweeps.Status;
import org.springframework.stereotype.Component;

/** When "Approve retention sweep" is completed: who decided what, on the sweep and in the audit trail. */
@Component("recordRetentionDecision")
class RecordRetentionDecision implements TaskListener {

    private final RetentionSweeps sweeps;
    private final AuditTrail audit;

    public RecordRetentionDecision(RetentionSweeps sweeps, AuditTrail audit) {
        this.sweeps = sweeps;
        this.audit = audit;
    }

    @Override
    public void notify(DelegateTask task) {
        long sweepId = ((Number) task.getVariable(RetentionProcess.Var.SWEEP_ID)).longValue();
        boolean approved = "yes".equals(task.getVariable(RetentionProcess.Var.SWEEP_APPROVED));
        String manager = audit.currentActor();
        if (approved) {
            sweeps.status(sweepId, Status.PLANNED, manager);
            audit.record(RetentionSweeps.reference(sweepId), AuditEvent.of(AuditAction.RETENTION_SWEEP_APPROVED).with("rows", task.getVariable(RetentionProcess.Var.ROWS_DUE)));
        } else {
            sweeps.status(sweepId, Status.REJECTED, manager);
            sweeps.finished(sweepId, Status.REJECTED);
            audit.record(RetentionSweeps.reference(sweepId), AuditEvent.of(AuditAction.RETENTION_SWEEP_REJECTED).with("reason", task.getVariable(RetentionProcess.Var.REJECTION_REASON)));
        }
    }
}
