package org.privacyrequests.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.privacyrequests.company.CompanyProperties;
import org.springframework.stereotype.Component;

/**
 * The moment a request reached the company, from which the deadline runs. Accepts what forms and the
 * API hand over: a date, a local or zoned date-time, or a {@link Date}; a date alone means the start of
 * that day in the company's time zone. A moment in the future is refused.
 */
@Component
public class ReceivedAt {

    private final Clock clock;
    private final ZoneId zone;

    public ReceivedAt(Clock clock, CompanyProperties company) {
        this.clock = clock;
        this.zone = company.zone();
    }

    public Instant parse(Object raw) {
        Instant now = clock.instant();
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
            throw new IllegalArgumentException("receivedAt: the date received (" + received.atZone(zone).toLocalDate()
                    + ") lies in the future. In Tasklist the date is entered as month/day/year.");
        }
        return received;
    }

    private Instant parseText(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(zone).toInstant();
            }
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notZoned) {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("receivedAt: '" + text + "' is not a date, e.g. 2026-11-26.");
        }
    }
}
