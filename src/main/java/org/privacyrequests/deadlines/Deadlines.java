package org.privacyrequests.deadlines;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.stereotype.Service;

/** Works out when a request must be answered and when support is reminded, from the configured periods. */
@Service
public class Deadlines {

    static final ZoneId COMPANY_ZONE = ZoneId.of("Europe/Amsterdam");

    private final DeadlineProperties properties;

    public Deadlines(DeadlineProperties properties) {
        this.properties = properties;
    }

    public Instant deadlineFor(Instant receivedAt) {
        return receivedAt.atZone(COMPANY_ZONE).plus(properties.answerWithin()).toInstant();
    }

    public Instant reminderFor(Instant deadline) {
        return deadline.atZone(COMPANY_ZONE).minus(properties.remindBefore()).toInstant();
    }

    /** The ISO-8601 period a requester has to send identity information, for the BPMN timer. */
    public String identityAnswerPeriod() {
        return properties.identityAnswerWithin().toString();
    }

    public int identityAnswerDays() {
        return properties.identityAnswerWithin().getDays() + 30 * properties.identityAnswerWithin().getMonths();
    }
}
