package org.privacyrequests.tasklist;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.privacyrequests.deadlines.Deadlines;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every new user task its card in Tasklist: a name that says which case it is (see {@link TaskCard}), who
 * asked, and a follow-up date on the day the case becomes due soon, which Tasklist shows on the card and marks
 * once passed (as it marks a passed due date).
 *
 * <p>Who asked goes on the card as a variable of the task itself ({@link #REQUESTER}, {@link #COMPLAINANT}): Tasklist
 * shows a filter's variables only where the user may read them, and support may read a task it works but not the
 * process instance's variables (see the security model). It is the address support sees in the task's form anyway,
 * and the engine's history keeps it no longer than the process's own {@code requesterEmail}. Listens to the engine's task events as Spring publishes them, so the
 * process models keep their plain step names ("Verify identity") and no model needs a listener of its own.
 */
@Component
class TaskCards {

    /** The process variable that holds the case's reference where the business key is not the reference itself. */
    private static final String REFERENCE_VARIABLE = "reference";
    private static final String RIGHTS_VARIABLE = "requestTypes";
    private static final String DUE_SOON_VARIABLE = "reminderDate";
    /** The task's own copy of the requester's or complainant's address, which Tasklist's filters show on the card. */
    static final String REQUESTER = "requester";
    static final String COMPLAINANT = "complainant";

    private final Deadlines deadlines;
    private final Clock clock;

    TaskCards(Deadlines deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            return;
        }
        Collection<?> rights = task.getVariable(RIGHTS_VARIABLE) instanceof Collection<?> c ? c : null;
        task.setName(TaskCard.of(task.getName(), reference(task), rights).name());
        copyLocal(task, "requesterEmail", REQUESTER);
        copyLocal(task, "complainantEmail", COMPLAINANT);
        if (task.getDueDate() != null && task.getFollowUpDate() == null) {
            Instant dueSoon = task.getVariable(DUE_SOON_VARIABLE) instanceof Date d && !d.after(task.getDueDate())
                    ? d.toInstant() : deadlines.reminderFor(task.getDueDate().toInstant());
            task.setFollowUpDate(Date.from(TaskCard.followUp(dueSoon, clock.instant())));
        }
    }

    private static void copyLocal(DelegateTask task, String processVariable, String taskVariable) {
        if (task.getVariable(processVariable) instanceof String address && !address.isBlank()) {
            task.setVariableLocal(taskVariable, address);
        }
    }

    private static String reference(DelegateTask task) {
        if (task.getVariable(REFERENCE_VARIABLE) instanceof String reference && !reference.isBlank()) {
            return reference;
        }
        return task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    }
}
