package org.privacyrequests.retention;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.retention.RetentionSweeps.Status;
import org.springframework.stereotype.Component;

/** "Work out retention plan": plans the sweep and tells the process how large it is (counts only, no personal data). */
@Component("workOutRetentionPlan")
public class WorkOutRetentionPlanDelegate implements JavaDelegate {

    private final RetentionPlanner planner;
    private final RetentionSweeps sweeps;
    private final RetentionProperties properties;

    public WorkOutRetentionPlanDelegate(RetentionPlanner planner, RetentionSweeps sweeps, RetentionProperties properties) {
        this.planner = planner;
        this.sweeps = sweeps;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean dryRun = Boolean.TRUE.equals(execution.getVariable("dryRun"));
        long sweepId = planner.plan(dryRun);
        long rowsDue = (long) sweeps.sweep(sweepId).get("ROWS_DUE");
        boolean needsApproval = rowsDue > properties.autoRunLimit();
        Status status = dryRun ? Status.DRY_RUN : rowsDue == 0 ? Status.NOTHING_DUE : needsApproval ? Status.WAITING_FOR_APPROVAL : Status.PLANNED;
        sweeps.planned(sweepId, rowsDue, status);
        if (status == Status.NOTHING_DUE || status == Status.DRY_RUN) {
            sweeps.finished(sweepId, status);
        }
        execution.setProcessBusinessKey(RetentionSweeps.reference(sweepId));
        execution.setVariable("sweepId", sweepId);
        execution.setVariable("sweepReference", RetentionSweeps.reference(sweepId));
        execution.setVariable("dryRun", dryRun);
        execution.setVariable("rowsDue", rowsDue);
        execution.setVariable("needsApproval", needsApproval);
        execution.setVariable("planSummary", planner.summary(sweepId));
    }
}
