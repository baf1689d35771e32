package org.privacyrequests.complaints;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.privacyrequests.company.CompanyProperties;
import org.springframework.stereotype.Component;

/** "Remind support of the deadline" of a complaint. */
@Component("remindSupportOfComplaint")
public class RemindSupportOfComplaintDelegate implements JavaDelegate {

    private final ComplaintMail mail;
    private final CompanyProperties company;

    public RemindSupportOfComplaintDelegate(ComplaintMail mail, CompanyProperties company) {
        this.mail = mail;
        this.company = company;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date deadline = (Date) execution.getVariable(ComplaintProcess.Var.DEADLINE);
        long daysLeft = Math.max(0, Duration.between(ClockUtil.getCurrentTime().toInstant(), deadline.toInstant()).toDays());
        mail.sendTo(company.supportTeamEmail(), company.staffLanguage(), execution.getProcessBusinessKey(), "complaint-reminder",
                Map.of("daysLeft", daysLeft));
    }
}
