package org.privacyrequests.access;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.requests.Basis;
import org.privacyrequests.requests.Decision;
import org.privacyrequests.requests.RequestDecisions;
import org.privacyrequests.requests.RequestProcess;
import org.springframework.stereotype.Component;

/**
 * When "Review access answer" is completed. Values support listed to black out (other people's data, Art. 15(4))
 * are kept with the request, out of the process, and the answer is built again with them blacked out for support to
 * see, even when "send" was chosen: what goes out is always what support saw. Otherwise, a "yes" records who approved
 * sending it; "Send access answer" asks for that.
 */
@Component("recordAccessApproval")
class RecordAccessApproval implements TaskListener {

    /** The review form's field: values to black out, one per line. */
    static final String REDACTIONS = "accessRedactions";

    private final RequestDecisions decisions;
    private final AuditTrail audit;
    private final AccessRedactions redactions;

    public RecordAccessApproval(RequestDecisions decisions, AuditTrail audit, AccessRedactions redactions) {
        this.decisions = decisions;
        this.audit = audit;
        this.redactions = redactions;
    }

    @Override
    public void notify(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        Object listed = task.getVariable(REDACTIONS);
        task.getExecution().removeVariable(REDACTIONS);
        int added = listed instanceof String values ? redactions.add(reference, values, audit.currentActor()) : 0;
        if (added > 0) {
            // The source systems are unchanged; the answer is built again for review.
            audit.record(reference, AuditEvent.of(AuditAction.ACCESS_ANSWER_REDACTED).with("values", added));
            task.getExecution().setVariable(RequestProcess.Var.ACCESS_ANSWER_APPROVED, "redact");
            return;
        }
        if ("yes".equals(task.getVariable(RequestProcess.Var.ACCESS_ANSWER_APPROVED))) {
            decisions.record(reference, Decision.ACCESS_ANSWER_APPROVED, Basis.REVIEW, audit.currentActor());
        }
    }
}
