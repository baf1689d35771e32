package org.privacyrequests.complaints;

import java.time.Clock;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.deadlines.Deadlines;
import org.springframework.stereotype.Component;

/** "Remind support of the deadline" of a complaint, counting days as Tasklist does; past the deadline it says so. */
@Component("remindSupportOfComplaint")
class RemindSupportOfComplaintDelegate implements JavaDelegate {

    private final ComplaintMail mail;
    private final CompanyProperties company;
    private final Deadlines deadlines;
    private final Clock clock;

    public RemindSupportOfComplaintDelegate(ComplaintMail mail, CompanyProperties company, Deadlines deadlines, Clock clock) {
        this.mail = mail;
        this.company = company;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date deadline = (Date) execution.getVariable(ComplaintProcess.Var.DEADLINE);
        long daysLeft = deadlines.daysLeft(deadline.toInstant(), clock.instant());
        mail.sendTo(company.supportTeamEmail(), company.staffLanguage(), execution.getProcessBusinessKey(), "complaint-reminder",
                Map.of("daysLeft", daysLeft));
    }
}
