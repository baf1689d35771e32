package org.privacyrequests.restriction;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.security.StaffRoles;
import org.springframework.stereotype.Component;

/**
 * "Decide on lifting the restriction", on completion: only a manager may decide to lift one, with a reason the person
 * reads; the decision is recorded with the restriction, where "Lift restriction" asks for it.
 */
@Component("liftDecisionCheck")
class LiftDecisionCheck implements TaskListener {

    private final ProcessingRestrictions restrictions;
    private final AuditTrail audit;
    private final IdentityService identityService;

    public LiftDecisionCheck(ProcessingRestrictions restrictions, AuditTrail audit, IdentityService identityService) {
        this.restrictions = restrictions;
        this.audit = audit;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = ((Number) task.getVariable(RestrictionProcess.Var.RESTRICTION_ID)).longValue();
        String actor = audit.currentActor();
        if (!"lift".equals(task.getVariable(RestrictionProcess.Var.LIFT_DECISION))) {
            audit.record(ProcessingRestrictions.reference(id), AuditEvent.of(AuditAction.RESTRICTION_KEPT).with("decidedBy", actor));
            return;
        }
        if (!StaffRoles.inManagersGroup(identityService, actor)) {
            throw new IllegalArgumentException("Only a manager decides to lift a restriction.");
        }
        Object reason = task.getVariable(RestrictionProcess.Var.LIFT_REASON);
        if (reason == null || reason.toString().isBlank()) {
            throw new IllegalArgumentException("Say why the restriction is lifted: the requester reads it before it is lifted.");
        }
        restrictions.recordLiftDecision(id, actor, reason.toString().trim());
        audit.record(ProcessingRestrictions.reference(id), AuditEvent.of(AuditAction.RESTRICTION_LIFT_DECIDED).with("reason", reason.toString().trim()));
    }
}
