package org.privacyrequests.restriction;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.engine.StepRefused;
import org.springframework.stereotype.Component;

/**
 * "Tell requester the restriction will be lifted" (Art. 18(3)): only after a manager's decision, as the records say;
 * the notice period runs from this mail, and the process waits until it has passed.
 */
@Component("tellRequesterOfLifting")
class TellRequesterOfLiftingDelegate implements JavaDelegate {

    private final ProcessingRestrictions restrictions;
    private final RestrictionOfProcessing restriction;

    public TellRequesterOfLiftingDelegate(ProcessingRestrictions restrictions, RestrictionOfProcessing restriction) {
        this.restrictions = restrictions;
        this.restriction = restriction;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(RestrictionProcess.Var.RESTRICTION_ID)).longValue();
        var lifting = restrictions.lifting(id).orElseThrow(() -> new StepRefused("There is no restriction " + id + "."));
        if (!lifting.inForce() || lifting.decidedBy() == null) {
            throw new StepRefused("\"Tell requester the restriction will be lifted\" refused for " + lifting.reference()
                    + ": no manager decided to lift it, or it is no longer in force.");
        }
        restriction.tellRequesterOfLifting(id);
        execution.setVariable(RestrictionProcess.Var.LIFTABLE_FROM, Date.from(restrictions.lifting(id).orElseThrow().liftableFrom()));
    }
}
