package org.privacyrequests.complaints;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.company.CompanyProperties;
import org.springframework.stereotype.Component;

/** "Remind support of the deadline" of a complaint. */
@Component("remindSupportOfComplaint")
class RemindSupportOfComplaintDelegate implements JavaDelegate {

    private final ComplaintMail mail;
    private final CompanyProperties company;
    private final Clock clock;

    public RemindSupportOfComplaintDelegate(ComplaintMail mail, CompanyProperties company, Clock clock) {
        this.mail = mail;
        this.company = company;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date deadline = (Date) execution.getVariable(ComplaintProcess.Var.DEADLINE);
        long daysLeft = Math.max(0, Duration.between(clock.instant(), deadline.toInstant()).toDays());
        mail.sendTo(company.supportTeamEmail(), company.staffLanguage(), execution.getProcessBusinessKey(), "complaint-reminder",
                Map.of("daysLeft", daysLeft));
    }
}
