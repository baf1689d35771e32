package org.privacyrequests.requests;

import org.privacyrequests.deadlines.Deadlines;

import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.privacyrequests.requests.ReceivedAt;
import org.privacyrequests.requests.RequestProcess.Var;
import org.springframework.stereotype.Component;

/**
 * The dates of the deadline timers in the request process. The engine sets those timers as the process
 * starts, before "Register request" has run, so they are worked out here from the receipt date when the
 * process variables do not hold them yet (a request entered in Tasklist or started by a message).
 * Public: the process model's expressions call it, and the engine's expression language reaches public classes only.
 */
@Component("deadlineTimers")
public class DeadlineTimers {

    private final Deadlines deadlines;
    private final ReceivedAt received;

    public DeadlineTimers(Deadlines deadlines, ReceivedAt received) {
        this.deadlines = deadlines;
        this.received = received;
    }

    public Date deadline(VariableScope execution) {
        Object deadline = execution.getVariable(Var.DEADLINE);
        return deadline instanceof Date d ? d
                : Date.from(deadlines.deadlineFor(received.parse(execution.getVariable(Var.RECEIVED_AT))));
    }

    public Date reminder(VariableScope execution) {
        Object reminder = execution.getVariable(Var.REMINDER_DATE);
        return reminder instanceof Date d ? d : Date.from(deadlines.reminderFor(deadline(execution).toInstant()));
    }
}
