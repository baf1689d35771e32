package org.privacyrequests.restriction;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.safeguards.StepPreconditions;
import org.springframework.stereotype.Component;

/**
 * "Lift restriction": only when the records say a manager decided it, the person was told after that decision and the
 * notice period has passed (Art. 18(3)); the recipients told of the restriction are told it ended.
 */
@Component("liftRestriction")
class LiftRestrictionDelegate implements JavaDelegate {

    private final StepPreconditions preconditions;
    private final RestrictionOfProcessing restriction;
    private final Clock clock;

    public LiftRestrictionDelegate(StepPreconditions preconditions, RestrictionOfProcessing restriction, Clock clock) {
        this.preconditions = preconditions;
        this.restriction = restriction;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(RestrictionProcess.Var.RESTRICTION_ID)).longValue();
        preconditions.forLiftingRestriction(id, "Lift restriction", clock.instant());
        restriction.lift(id);
    }
}
