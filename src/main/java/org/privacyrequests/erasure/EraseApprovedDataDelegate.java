package org.privacyrequests.erasure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.safeguards.StepPreconditions;
import org.springframework.stereotype.Component;

/**
 * "Erase and anonymise approved data": runs in a job of its own, only on the plan that one person prepared and
 * another, a manager, approved (as the records say); a failure is an incident that can be retried.
 */
@Component("eraseApprovedData")
class EraseApprovedDataDelegate implements JavaDelegate {

    private final ErasureExecution erasure;
    private final ErasurePlans plans;
    private final StepPreconditions preconditions;

    public EraseApprovedDataDelegate(ErasureExecution erasure, ErasurePlans plans, StepPreconditions preconditions) {
        this.erasure = erasure;
        this.plans = plans;
        this.preconditions = preconditions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        preconditions.forErasure(execution, "Erase and anonymise approved data", reference == null ? null : plans.digest(reference));
        erasure.execute(reference);
    }
}
