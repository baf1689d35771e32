package org.privacyrequests.requests;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.time.Clock;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.deadlines.Deadlines;
import org.privacyrequests.requests.RequesterMail;
import org.privacyrequests.requests.RequestProcess;
import org.springframework.stereotype.Component;

/**
 * "Remind support of the deadline": a mail to the support team's mailbox. Days are counted as Tasklist counts
 * them (calendar days in the company's zone); a reminder that runs after the deadline (a request filed late,
 * a job retried) says the deadline has passed, and on which day.
 */
@Component("remindSupport")
class RemindSupportDelegate implements JavaDelegate {

    private final RequesterMail mail;
    private final AuditTrail audit;
    private final Deadlines deadlines;
    private final Clock clock;

    public RemindSupportDelegate(RequesterMail mail, AuditTrail audit, Deadlines deadlines, Clock clock) {
        this.mail = mail;
        this.audit = audit;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        Date deadline = (Date) execution.getVariable(RequestProcess.Var.DEADLINE);
        long daysLeft = deadlines.daysLeft(deadline.toInstant(), clock.instant());
        mail.sendTo(mail.company().supportTeamEmail(), mail.staffLanguage(), reference, "support-reminder",
                Map.of("reference", reference, "daysLeft", daysLeft));
        audit.record(reference, AuditEvent.of(AuditAction.SUPPORT_REMINDED)
                .with("daysBefore", daysLeft >= 0 ? daysLeft : null).with("daysAfter", daysLeft < 0 ? -daysLeft : null));
    }
}
