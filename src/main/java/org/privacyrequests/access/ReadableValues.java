package org.privacyrequests.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.privacyrequests.company.Languages;
import org.privacyrequests.notifications.MailModel;

/**
 * Values and column names as a person reads them in the access overview: dates as "1 november 2026", moments in the
 * company's time zone with their time, and a column without a configured label as words ("billing_address" becomes
 * "Billing address"). The machine-readable copy keeps the values as stored. Staff pages write values the same way.
 */
public final class ReadableValues {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})");

    private final String language;
    private final ZoneId zone;

    public ReadableValues(String language, ZoneId zone) {
        this.language = Languages.supportedOrDefault(language);
        this.zone = zone;
    }

    /**
     * A stored value for reading: a date or a moment written out, booleans as they are (the template says yes or no),
     * nothing as an empty text. A date-time stored without a zone is read as the database drivers read it, in this
     * server's zone, and shown in the company's.
     */
    public Object value(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean) {
            return value;
        }
        if (value instanceof java.math.BigDecimal amount && amount.scale() > 0) {
            // 49.00 as the language writes it, cents kept: "49,00".
            java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale());
            format.setMinimumFractionDigits(amount.scale());
            format.setMaximumFractionDigits(amount.scale());
            return format.format(amount);
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        try {
            if (DATE.matcher(text).matches()) {
                return MailModel.date(LocalDate.parse(text), language);
            }
            if (LOCAL_DATE_TIME.matcher(text).matches()) {
                return dateAndTime(LocalDateTime.parse(text).atZone(ZoneId.systemDefault()).toInstant());
            }
            if (MOMENT.matcher(text).matches()) {
                return dateAndTime(OffsetDateTime.parse(text).toInstant());
            }
        } catch (DateTimeParseException notADate) {
            return text;
        }
        return text;
    }

    /** "1 november 2026, 11:00": the company's day and time of a moment. */
    public String dateAndTime(Instant instant) {
        return MailModel.date(instant.atZone(zone).toLocalDate(), language) + ", "
                + DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(zone));
    }

    public String date(Instant instant) {
        return MailModel.date(instant.atZone(zone).toLocalDate(), language);
    }

    private Locale locale() {
        return Languages.ENGLISH.equals(language) ? Locale.UK : Locale.forLanguageTag(language);
    }

    /** "Billing address" for {@code billing_address}: for a column the configuration gives no label. */
    public static String humanised(String column) {
        String words = column.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').trim().toLowerCase(Locale.ROOT);
        return words.isEmpty() ? column : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A country's name in the language: "Nederland", "United States". */
    String country(String isoCode) {
        String name = new Locale("", isoCode).getDisplayCountry(locale());
        return name.isBlank() ? isoCode : name;
    }
}
