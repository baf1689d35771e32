package org.privacyrequests.connectors;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Values as the database drivers return them, turned into what a requester reads and what the retention rules count with. */
final class StoredValues {

    private StoredValues() {
    }

    /** A value for the access overview: dates as ISO text, numbers and booleans as they are, everything else as text. */
    static Object readable(Object value) {
        if (value instanceof Timestamp ts) {
            // A date-time without a zone is shown as stored, not shifted by this server's zone.
            return ts.toLocalDateTime().toString();
        }
        if (value instanceof Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant().toString();
        }
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return value.toString();
    }

    /** The date of a date or date-time column (a record date, the end of a relationship). */
    static LocalDate localDate(Object value) {
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        if (value instanceof Timestamp ts) {
            return ts.toLocalDateTime().toLocalDate();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toLocalDate();
        }
        if (value instanceof LocalDate ld) {
            return ld;
        }
        return value == null ? null : LocalDate.parse(value.toString().substring(0, 10));
    }
}
