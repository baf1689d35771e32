package org.privacyrequests.deadlines;

import java.time.Instant;
import org.privacyrequests.company.CompanyProperties;
import org.springframework.stereotype.Service;

/** Works out when a request must be answered and when support is reminded, from the configured periods. */
@Service
public class Deadlines {


    private final DeadlineProperties properties;
    private final CompanyProperties company;

    public Deadlines(DeadlineProperties properties, CompanyProperties company) {
        this.properties = properties;
        this.company = company;
    }

    public Instant deadlineFor(Instant receivedAt) {
        return receivedAt.atZone(company.zone()).plus(properties.answerWithin()).toInstant();
    }

    public Instant reminderFor(Instant deadline) {
        return deadline.atZone(company.zone()).minus(properties.remindBefore()).toInstant();
    }

    /** The ISO-8601 period a requester has to send identity information, for the BPMN timer. */
    public String identityAnswerPeriod() {
        return properties.identityAnswerWithin().toString();
    }

    public int identityAnswerDays() {
        return properties.identityAnswerWithin().getDays() + 30 * properties.identityAnswerWithin().getMonths();
    }
}
