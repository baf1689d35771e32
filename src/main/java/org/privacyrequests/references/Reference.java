package org.privacyrequests.references;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request's or a complaint's reference as people quote it and the processes carry it as their business key:
 * {@code DSR-2026-000123} (a request) or {@code PC-2026-000042} (a complaint). The one place its format is
 * written: only a text in exactly this form becomes a reference, so nothing else reaches the engine as one.
 */
public record Reference(Kind kind, int year, int number) {

    public enum Kind {
        REQUEST("DSR"), COMPLAINT("PC");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    /** Year and number after the prefix: DSR-2026-000123. */
    private static final String YEAR_AND_NUMBER = "-(\\d{4})-(\\d{6})";
    public static final String REQUEST_PATTERN = "DSR" + YEAR_AND_NUMBER;
    public static final String COMPLAINT_PATTERN = "PC" + YEAR_AND_NUMBER;
    private static final String GROUPS = "(DSR|PC)" + YEAR_AND_NUMBER;
    private static final Pattern FORMAT = Pattern.compile(GROUPS);
    private static final Pattern IN_TEXT = Pattern.compile("\\b" + GROUPS + "\\b");

    public Reference {
        if (kind == null || year < 1000 || year > 9999 || number < 0 || number > 999_999) {
            throw new IllegalArgumentException("No reference: " + kind + " " + year + " " + number);
        }
    }

    /** The reference this text is, exactly: nothing before, after or instead. */
    public static Optional<Reference> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text);
        return matcher.matches() ? Optional.of(of(matcher)) : Optional.empty();
    }

    /** The first reference quoted in a text (a subject, a returned mail), as a word of its own. */
    public static Optional<Reference> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = IN_TEXT.matcher(text);
        return matcher.find() ? Optional.of(of(matcher)) : Optional.empty();
    }

    public boolean isRequest() {
        return kind == Kind.REQUEST;
    }

    public boolean isComplaint() {
        return kind == Kind.COMPLAINT;
    }

    @Override
    public String toString() {
        return "%s-%d-%06d".formatted(kind.prefix(), year, number);
    }

    private static Reference of(Matcher matcher) {
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k.prefix().equals(matcher.group(1))).findFirst().orElseThrow();
        return new Reference(kind, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
    }
}
