package org.privacyrequests.erasure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.requests.RequestProcess;
import org.springframework.stereotype.Component;

/** "Work out erasure plan from the retention rules". */
@Component("workOutErasurePlan")
class WorkOutErasurePlanDelegate implements JavaDelegate {

    private final ErasurePlanner planner;

    public WorkOutErasurePlanDelegate(ErasurePlanner planner) {
        this.planner = planner;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var items = planner.workOut(execution.getProcessBusinessKey());
        execution.setVariable(RequestProcess.Var.ERASURE_PLAN_SUMMARY, ErasurePlanner.summary(items));
    }
}
