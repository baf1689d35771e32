package org.privacyrequests.rectification;

import org.privacyrequests.requests.RequestProcess;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.requests.Basis;
import org.privacyrequests.requests.Decision;
import org.privacyrequests.requests.RequestDecisions;
import org.springframework.stereotype.Component;

/**
 * Checks "Apply correction" before it completes: a correction needs at least one corrected value, in a
 * plausible form. A wrong entry keeps the task open in Tasklist with a message, rather than failing the
 * next step where support can no longer change it. A correction that passes is recorded as approved by whoever
 * completed the task: "Correct data" asks for that record, not for a variable.
 */
@Component("correctionCheck")
class CorrectionCheck implements TaskListener {

    private final RequestDecisions decisions;
    private final AuditTrail audit;
    private final CorrectionLengths lengths;

    public CorrectionCheck(RequestDecisions decisions, AuditTrail audit, CorrectionLengths lengths) {
        this.decisions = decisions;
        this.audit = audit;
        this.lengths = lengths;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!"corrected".equals(task.getVariable(RequestProcess.Var.CORRECTION_DECISION))) {
            return;
        }
        Map<String, String> values = Correction.enteredValues(task);
        NotCorrected notCorrected = NotCorrected.read(task);
        if (!notCorrected.fields().isEmpty() && notCorrected.reason().length() < 20) {
            throw new IllegalArgumentException("Say why the items you ticked as not corrected were not corrected (at least 20 characters): "
                    + "the requester reads it.");
        }
        for (String field : notCorrected.fields()) {
            if (values.containsKey(Correction.formKeyOf(field))) {
                throw new IllegalArgumentException("A field is either corrected or not corrected: " + field + " is both.");
            }
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("Enter at least one corrected value, or choose to refuse the correction.");
        }
        String phone = values.get("correctedPhone");
        if (phone != null && !phone.matches("\\+?[0-9][0-9 ()-]{5,19}")) {
            throw new IllegalArgumentException("The phone number may contain only digits, spaces, dashes and a leading +, e.g. +31 6 1234 5678.");
        }
        String email = values.get("correctedEmail");
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("The corrected e-mail address is not a valid address.");
        }
        // A system that cannot be reached now is asked again when the correction is written.
        lengths.tooLong(values, true).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
        decisions.record(task.getExecution().getProcessBusinessKey(), Decision.CORRECTION_APPROVED, Basis.REVIEW, audit.currentActor());
    }
}
