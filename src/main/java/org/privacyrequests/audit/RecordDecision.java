package org.privacyrequests.audit;

import java.util.List;
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
        // The step as the model names it: the task's own name also carries the reference for Tasklist.
        AuditEvent completed = AuditEvent.of(AuditAction.TASK_COMPLETED).with(AuditEvent.TASK, step(task));
        for (String field : DECISION_FIELDS) {
            Object value = task.getVariableLocal(field) != null ? task.getVariableLocal(field) : task.getVariable(field);
            if (value != null && task.getExecution().hasVariable(field)) {
                completed = completed.with(field, codes(value));
            }
        }
        String reference = task.getExecution().getProcessBusinessKey();
        if (reference != null) {
            audit.record(reference, completed);
        }
    }

    /** A checklist's values (a list, or its JSON) as codes separated by commas; any other value as it is. */
    static String codes(Object value) {
        if (value instanceof java.util.Collection<?> list) {
            return list.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        }
        String text = String.valueOf(value).trim();
        if (text.startsWith("[") && text.endsWith("]")) {
            return text.substring(1, text.length() - 1).replace("\"", "").replace(" ", "");
        }
        return text;
    }

    /** The step's name in the process model ("Verify identity"), not the task's name in Tasklist. */
    private static String step(DelegateTask task) {
        var element = task.getBpmnModelElementInstance();
        return element != null && element.getName() != null ? element.getName() : task.getName();
    }
}
