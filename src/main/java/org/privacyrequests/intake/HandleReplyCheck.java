package org.privacyrequests.intake;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.requests.RequestTypes;
import org.privacyrequests.instructions.WebshopInstructionIntake;
import org.springframework.stereotype.Component;

/**
 * Checks what support chose in "Handle reply" before the task completes (a new request names its rights), and
 * writes the choice to the audit trail of the request or complaint the reply belongs to.
 */
@Component("handleReplyCheck")
class HandleReplyCheck implements TaskListener {

    static final List<String> ACTIONS = List.of("noAction", "newRequest", "manager");

    private final AuditTrail audit;

    public HandleReplyCheck(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void notify(DelegateTask task) {
        Object action = task.getVariable(ReplyHandling.Var.REPLY_ACTION);
        if (!ACTIONS.contains(action)) {
            throw new IllegalArgumentException("Choose what the reply needs: no action, a new request, or a manager's decision.");
        }
        AuditEvent decision = AuditEvent.of(AuditAction.TASK_COMPLETED).with(AuditEvent.TASK, step(task))
                .with("mail", task.getVariable(ReplyHandling.Var.CORRESPONDENCE_ID)).with("replyAction", action);
        if ("newRequest".equals(action)) {
            RequestTypes rights = RequestTypes.read(task.getVariable(ReplyHandling.Var.NEW_REQUEST_TYPES)).withoutUnclear();
            if (rights.codes().isEmpty()) {
                throw new IllegalArgumentException("Tick the rights the new request is for.");
            }
            if (ReplyHandling.FROM_WEBSHOP.equals(task.getVariable(ReplyHandling.Var.REPLY_FROM))
                    && !WebshopInstructionIntake.RIGHTS_CARRIED_OUT.containsAll(rights.codes())) {
                throw new IllegalArgumentException("A webshop's instruction is carried out for erasure or rectification of the data we "
                        + "hold for it; anything else (access, say) the webshop answers its consumer itself. Tick erasure or rectification.");
            }
            decision = decision.with("rights", rights);
        }
        Object note = task.getVariable(ReplyHandling.Var.REPLY_NOTE);
        if (note instanceof String s && !s.isBlank()) {
            decision = decision.with("replyNote", s.trim());
        }
        audit.record((String) task.getVariable(ReplyHandling.Var.REFERENCE), decision);
    }

    /** The step's name in the process model, not the task's name in Tasklist (which also carries the reference). */
    private static String step(DelegateTask task) {
        var element = task.getBpmnModelElementInstance();
        return element != null && element.getName() != null ? element.getName() : task.getName();
    }
}
