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
 * Gives every new user task its card in Tasklist: a name that says which case it is (see {@link TaskCard}) and a
 * follow-up date on the day the case becomes due soon, which Tasklist shows on the card and marks once passed
 * (as it marks a passed due date). Listens to the engine's task events as Spring publishes them, so the
 * process models keep their plain step names ("Verify identity") and no model needs a listener of its own.
 */
@Component
class TaskCards {

    /** The process variable that holds the case's reference where the business key is not the reference itself. */
    private static final String REFERENCE_VARIABLE = "reference";
    private static final String RIGHTS_VARIABLE = "requestTypes";
    private static final String DUE_SOON_VARIABLE = "reminderDate";

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
        if (task.getDueDate() != null && task.getFollowUpDate() == null) {
            Instant dueSoon = task.getVariable(DUE_SOON_VARIABLE) instanceof Date d && !d.after(task.getDueDate())
                    ? d.toInstant() : deadlines.reminderFor(task.getDueDate().toInstant());
            task.setFollowUpDate(Date.from(TaskCard.followUp(dueSoon, clock.instant())));
        }
    }

    private static String reference(DelegateTask task) {
        if (task.getVariable(REFERENCE_VARIABLE) instanceof String reference && !reference.isBlank()) {
            return reference;
        }
        return task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    }
}
