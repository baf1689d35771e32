package org.privacyrequests.restriction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.requests.RecordedDecision;
import org.privacyrequests.requests.Decision;
import org.privacyrequests.requests.RequestDecisions;
import org.privacyrequests.safeguards.StepPreconditions;
import org.springframework.stereotype.Component;

/**
 * "Restrict processing and inform recipients": only when the records say support granted it, on the address recorded
 * at intake; the recipients of the person's data are told (Art. 19).
 */
@Component("restrictProcessing")
class RestrictProcessingDelegate implements JavaDelegate {

    private final StepPreconditions preconditions;
    private final RestrictionOfProcessing restriction;
    private final RequestDecisions decisions;

    public RestrictProcessingDelegate(StepPreconditions preconditions, RestrictionOfProcessing restriction, RequestDecisions decisions) {
        this.preconditions = preconditions;
        this.restriction = restriction;
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var request = preconditions.forRestriction(execution, "Restrict processing and inform recipients");
        String grantedBy = decisions.latest(request.reference(), Decision.RESTRICTION_GRANTED).map(RecordedDecision::decidedBy).orElseThrow();
        Object grounds = execution.getVariable(RestrictionProcess.Var.DECISION_DETAILS);
        restriction.restrict(request.reference(), request.requesterEmail(), grounds == null ? "granted" : grounds.toString(), grantedBy);
    }
}
