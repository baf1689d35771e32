package org.privacyrequests.erasure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.requests.RequestProcess;
import org.springframework.stereotype.Component;

/** "Work out what to erase for the webshop": its own data about the consumer, all of it, as the webshop instructed. */
@Component("workOutWebshopErasurePlan")
class WorkOutWebshopErasurePlanDelegate implements JavaDelegate {

    private final ErasurePlanner planner;

    public WorkOutWebshopErasurePlanDelegate(ErasurePlanner planner) {
        this.planner = planner;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var items = planner.workOutForWebshop(execution.getProcessBusinessKey());
        execution.setVariable(RequestProcess.Var.ERASURE_PLAN_SUMMARY, ErasurePlanner.summary(items));
    }
}
