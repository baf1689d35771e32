package org.privacyrequests.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.privacyrequests.company.CompanyTime;

/**
 * The moment a request reached the company, from which the deadline runs. Accepts what forms and the
 * API hand over: a date, a local or zoned date-time, or a {@link Date}; a date alone means the start of
 * that day in the Netherlands. A moment in the future is refused.
 */
public final class ReceivedAt {


    private ReceivedAt() {
    }

    public static Instant parse(Object raw) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            return now;
        }
        Instant received;
        if (raw instanceof Date date) {
            received = date.toInstant();
        } else if (raw instanceof Instant instant) {
            received = instant;
        } else {
            received = parseText(raw.toString().trim());
        }
        if (received.isAfter(now.plusSeconds(300))) {
            throw new IllegalArgumentException("receivedAt: the date received (" + received.atZone(CompanyTime.ZONE).toLocalDate()
                    + ") lies in the future. In Tasklist the date is entered as month/day/year.");
        }
        return received;
    }

    private static Instant parseText(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(CompanyTime.ZONE).toInstant();
            }
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notZoned) {
                return LocalDateTime.parse(text).atZone(CompanyTime.ZONE).toInstant();
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("receivedAt: '" + text + "' is not a date, e.g. 2026-11-26.");
        }
    }
}
