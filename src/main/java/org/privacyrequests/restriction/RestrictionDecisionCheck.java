package org.privacyrequests.restriction;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.requests.Basis;
import org.privacyrequests.requests.Decision;
import org.privacyrequests.requests.RequestDecisions;
import org.springframework.stereotype.Component;

/**
 * "Decide on restriction", on completion: a granted restriction is recorded as support's decision, by whoever
 * completed the task; "Restrict processing" asks for that record, not for the variable.
 */
@Component("restrictionDecisionCheck")
class RestrictionDecisionCheck implements TaskListener {

    private final RequestDecisions decisions;
    private final AuditTrail audit;

    public RestrictionDecisionCheck(RequestDecisions decisions, AuditTrail audit) {
        this.decisions = decisions;
        this.audit = audit;
    }

    @Override
    public void notify(DelegateTask task) {
        if ("granted".equals(task.getVariable(RestrictionProcess.Var.RESTRICTION_DECISION))) {
            decisions.record(task.getExecution().getProcessBusinessKey(), Decision.RESTRICTION_GRANTED, Basis.REVIEW, audit.currentActor());
        }
    }
}
