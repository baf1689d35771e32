package org.privacyrequests.retention;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Work out retention plan": plans the sweep and tells the process how large it is (counts only, no personal data). */
@Component("workOutRetentionPlan")
public class WorkOutRetentionPlanDelegate implements JavaDelegate {

    private final RetentionPlanner planner;

    public WorkOutRetentionPlanDelegate(RetentionPlanner planner) {
        this.planner = planner;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean dryRun = Boolean.TRUE.equals(execution.getVariable("dryRun"));
        RetentionPlanner.PlannedSweep plan = planner.plan(dryRun);
        execution.setProcessBusinessKey(RetentionSweeps.reference(plan.sweepId()));
        execution.setVariable("sweepId", plan.sweepId());
        execution.setVariable("sweepReference", RetentionSweeps.reference(plan.sweepId()));
        execution.setVariable("dryRun", dryRun);
        execution.setVariable("rowsDue", plan.rowsDue());
        execution.setVariable("needsApproval", plan.needsApproval());
        execution.setVariable("planSummary", plan.summary());
    }
}
