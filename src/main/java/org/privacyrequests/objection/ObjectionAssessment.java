package org.privacyrequests.objection;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.requests.Basis;
import org.privacyrequests.requests.Decision;
import org.privacyrequests.requests.RequestDecisions;
import org.springframework.stereotype.Component;

/**
 * "Assess objection", on completion: an objection to direct marketing is recorded as such, by whoever completed the
 * task; "Stop direct marketing" asks for that record. Any other objection goes to a manager to weigh.
 */
@Component("objectionAssessment")
class ObjectionAssessment implements TaskListener {

    private final RequestDecisions decisions;
    private final AuditTrail audit;

    public ObjectionAssessment(RequestDecisions decisions, AuditTrail audit) {
        this.decisions = decisions;
        this.audit = audit;
    }

    @Override
    public void notify(DelegateTask task) {
        if (ObjectionProcess.DIRECT_MARKETING.equals(task.getVariable(ObjectionProcess.OBJECTION_KIND))) {
            decisions.record(task.getExecution().getProcessBusinessKey(), Decision.OBJECTION_TO_DIRECT_MARKETING, Basis.REVIEW,
                    audit.currentActor());
        }
    }
}
