package org.privacyrequests.restriction;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.privacyrequests.audit.AuditTrail;
import org.springframework.stereotype.Service;

/**
 * Starts lifting a restriction (processes/lift-restriction.bpmn): anyone on the staff may ask, with a reason; a manager
 * decides in Tasklist, the person is told first, and only then is it lifted (Art. 18(3)).
 */
@Service
public class RestrictionLifting {

    private final ProcessingRestrictions restrictions;
    private final RuntimeService runtimeService;
    private final AuditTrail audit;

    public RestrictionLifting(ProcessingRestrictions restrictions, RuntimeService runtimeService, AuditTrail audit) {
        this.restrictions = restrictions;
        this.runtimeService = runtimeService;
        this.audit = audit;
    }

    /** @return the reference of the restriction whose lifting started ({@code PR-3}) */
    public String ask(long id, String reason, String askedBy) {
        var restriction = restrictions.find(id).filter(r -> r.liftedAt() == null)
                .orElseThrow(() -> new LiftRefused("There is no restriction " + id + " in force."));
        String reference = ProcessingRestrictions.reference(id);
        if (runtimeService.createProcessInstanceQuery().processDefinitionKey(RestrictionProcess.LIFT_KEY)
                .processInstanceBusinessKey(reference).count() > 0) {
            throw new LiftRefused("Lifting restriction " + reference + " is already under way.");
        }
        restrictions.recordLiftAsked(id, askedBy);
        audit.recordBy(reference, askedBy, AuditEvent.of(AuditAction.RESTRICTION_LIFT_ASKED).with("reason", reason));
        Map<String, Object> variables = new HashMap<>();
        variables.put(RestrictionProcess.Var.RESTRICTION_ID, id);
        variables.put(RestrictionProcess.Var.REFERENCE, reference);
        variables.put(RestrictionProcess.Var.REQUESTER_EMAIL, restriction.email());
        variables.put(RestrictionProcess.Var.LIFT_ASKED_REASON, reason);
        runtimeService.startProcessInstanceByKey(RestrictionProcess.LIFT_KEY, reference, variables);
        return reference;
    }

    /** Lifting cannot start: no such restriction in force, or it is already being lifted. */
    public static class LiftRefused extends RuntimeException {
        LiftRefused(String message) {
            super(message);
        }
    }
}
