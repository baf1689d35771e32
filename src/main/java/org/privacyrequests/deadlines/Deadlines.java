package org.privacyrequests.deadlines;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

    /**
     * Days left until the deadline as a person counts them: calendar days from today to the deadline's day, both
     * in the company's zone; 0 on the day itself, negative once it has passed. A week before a deadline this says
     * 7, as Tasklist's "Due in 7 days" does, also when the reminder runs a moment after the hour.
     */
    public long daysLeft(Instant deadline, Instant now) {
        return ChronoUnit.DAYS.between(now.atZone(company.zone()).toLocalDate(), deadline.atZone(company.zone()).toLocalDate());
    }

    /** The ISO-8601 period a requester has to send identity information, for the BPMN timer. */
    public String identityAnswerPeriod() {
        return properties.identityAnswerWithin().toString();
    }

    public int identityAnswerDays() {
        return properties.identityAnswerWithin().getDays() + 30 * properties.identityAnswerWithin().getMonths();
    }
}
