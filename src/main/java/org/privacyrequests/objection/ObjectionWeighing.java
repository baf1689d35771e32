package org.privacyrequests.objection;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.security.StaffRoles;
import org.springframework.stereotype.Component;

/**
 * "Weigh objection", on completion: a manager upholds or refuses an objection on the person's particular situation
 * (Art. 21(1)), always with reasons; refusing needs compelling legitimate grounds that override the person's interests,
 * or legal claims. The decision and its reasons are recorded; the answer is written from that record.
 */
@Component("objectionWeighing")
class ObjectionWeighing implements TaskListener {

    private final ObjectionDecisions decisions;
    private final AuditTrail audit;
    private final IdentityService identityService;

    public ObjectionWeighing(ObjectionDecisions decisions, AuditTrail audit, IdentityService identityService) {
        this.decisions = decisions;
        this.audit = audit;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        String actor = audit.currentActor();
        if (!StaffRoles.inManagersGroup(identityService, actor)) {
            throw new IllegalArgumentException("Only a manager weighs an objection.");
        }
        Object decision = task.getVariable(ObjectionProcess.OBJECTION_DECISION);
        Object reasons = task.getVariable(ObjectionProcess.OBJECTION_REASONS);
        if (!"upheld".equals(decision) && !"refused".equals(decision)) {
            throw new IllegalArgumentException("Choose whether the objection is upheld or refused.");
        }
        if (reasons == null || reasons.toString().trim().length() < 20) {
            throw new IllegalArgumentException("Give the reasons (at least 20 characters): the requester reads them in our answer.");
        }
        decisions.record(task.getExecution().getProcessBusinessKey(), "upheld".equals(decision), reasons.toString().trim(), actor);
    }
}
