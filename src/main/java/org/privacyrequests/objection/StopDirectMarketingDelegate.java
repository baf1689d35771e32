package org.privacyrequests.objection;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.safeguards.StepPreconditions;
import org.springframework.stereotype.Component;

/**
 * "Stop direct marketing": only when the records say support found the objection to be one to direct marketing, on the
 * address recorded at intake; each system does what its {@code on-objection} says, and the address is suppressed.
 */
@Component("stopDirectMarketing")
class StopDirectMarketingDelegate implements JavaDelegate {

    private final StepPreconditions preconditions;
    private final ObjectionToDirectMarketing objection;

    public StopDirectMarketingDelegate(StepPreconditions preconditions, ObjectionToDirectMarketing objection) {
        this.preconditions = preconditions;
        this.objection = objection;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var request = preconditions.forObjectionToDirectMarketing(execution, "Stop direct marketing");
        execution.setVariable(ObjectionProcess.MARKETING_ENDED_IN, new ArrayList<>(objection.carryOut(request.reference(), request.requesterEmail())));
    }
}
