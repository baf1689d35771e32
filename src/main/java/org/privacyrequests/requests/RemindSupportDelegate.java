package org.privacyrequests.requests;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.requests.RequesterMail;
import org.privacyrequests.requests.RequestProcess;
import org.springframework.stereotype.Component;

/** "Remind support of the deadline": a mail to the support team's mailbox. */
@Component("remindSupport")
class RemindSupportDelegate implements JavaDelegate {

    private final RequesterMail mail;
    private final AuditTrail audit;
    private final Clock clock;

    public RemindSupportDelegate(RequesterMail mail, AuditTrail audit, Clock clock) {
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        Date deadline = (Date) execution.getVariable(RequestProcess.Var.DEADLINE);
        long daysLeft = Math.max(0, Duration.between(clock.instant(), deadline.toInstant()).toDays());
        mail.sendTo(mail.company().supportTeamEmail(), mail.staffLanguage(), reference, "support-reminder",
                Map.of("reference", reference, "daysLeft", daysLeft));
        audit.record(reference, "Support reminded", daysLeft + " day(s) before the deadline");
    }
}
