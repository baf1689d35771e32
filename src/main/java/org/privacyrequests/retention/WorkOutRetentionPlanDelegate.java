package org.privacyrequests.retention;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Work out retention plan": plans the sweep and tells the process how large it is (counts only, no personal data). */
@Component("workOutRetentionPlan")
class WorkOutRetentionPlanDelegate implements JavaDelegate {

    private final RetentionPlanner planner;

    public WorkOutRetentionPlanDelegate(RetentionPlanner planner) {
        this.planner = planner;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean dryRun = Boolean.TRUE.equals(execution.getVariable(RetentionProcess.Var.DRY_RUN));
        RetentionPlanner.PlannedSweep plan = planner.plan(dryRun);
        execution.setProcessBusinessKey(RetentionSweeps.reference(plan.sweepId()));
        execution.setVariable(RetentionProcess.Var.SWEEP_ID, plan.sweepId());
        execution.setVariable(RetentionProcess.Var.SWEEP_REFERENCE, RetentionSweeps.reference(plan.sweepId()));
        execution.setVariable(RetentionProcess.Var.DRY_RUN, dryRun);
        execution.setVariable(RetentionProcess.Var.ROWS_DUE, plan.rowsDue());
        execution.setVariable(RetentionProcess.Var.NEEDS_APPROVAL, plan.needsApproval());
        execution.setVariable(RetentionProcess.Var.PLAN_SUMMARY, plan.summary());
    }
}
