package org.privacyrequests.audit;

import java.util.List;
import java.util.StringJoiner;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Writes every completed user task to the audit trail: who, which step, and the decision fields of its
 * form (outcomes and reasons, never corrected personal data).
 */
@Component("recordDecision")
class RecordDecision implements TaskListener {

    static final List<String> DECISION_FIELDS = List.of(
            "clarifyOutcome", "identityDecision", "identityNote", "informationNeeded", "accessAnswerApproved",
            "reviewNote", "correctionDecision", "erasurePlanConfirmed", "preparationNote", "erasureApproved",
            "approvalNote", "restrictionDecision", "decisionDetails", "refusalReason", "overdueResolution", "bounceResolution",
            "complaintIsRequest", "complaintCategory", "relatedRequest", "processorOnly", "proposedOutcome", "outcome", "reviewOutcome",
            "instructionConfirmed", "confirmationNote", "notCorrectedFields", "notCorrectedReason", "restrictionGround", "objectionKind",
            "objectionDecision", "objectionReasons", "liftDecision", "liftReason");

    private final AuditTrail audit;

    public RecordDecision(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void notify(DelegateTask task) {
        StringJoiner decision = new StringJoiner("; ");
        for (String field : DECISION_FIELDS) {
            Object value = task.getVariableLocal(field) != null ? task.getVariableLocal(field) : task.getVariable(field);
            if (value != null && task.getExecution().hasVariable(field)) {
                decision.add(field + "=" + value);
            }
        }
        String reference = task.getExecution().getProcessBusinessKey();
        if (reference != null) {
            // The step as the model names it: the task's own name also carries the reference for Tasklist.
            audit.record(reference, step(task) + " completed", decision.toString());
        }
    }

    /** The step's name in the process model ("Verify identity"), not the task's name in Tasklist. */
    private static String step(DelegateTask task) {
        var element = task.getBpmnModelElementInstance();
        return element != null && element.getName() != null ? element.getName() : task.getName();
    }
}
