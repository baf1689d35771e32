package org.privacyrequests.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privacyrequests.minimisation.CaseReferences;
import org.privacyrequests.minimisation.KeepsCaseData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What support blacked out of an access answer in review ({@code access_redaction}): values that are other people's
 * data, such as a colleague's name in a mail or another customer's address (Art. 15(4)). The source systems keep
 * them; every build of the answer replaces them, wherever they occur, by a black bar of one length, so the bar does
 * not give away how long the value was. The values themselves go when the request's gathered data goes.
 */
@Repository
public class AccessRedactions implements KeepsCaseData {

    /** What stands where a value was blacked out. */
    public static final String BLACKED_OUT = "\u2588".repeat(8);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AccessRedactions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Adds the values of a review's list (one per line; blank lines and values already listed are left out).
     *
     * @return how many values were added
     */
    public int add(String reference, String valuesOnePerLine, String redactedBy) {
        List<String> known = values(reference).stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
        List<String> added = valuesOnePerLine.lines().map(String::strip).filter(v -> !v.isEmpty())
                .map(v -> v.length() > 1000 ? v.substring(0, 1000) : v)
                .filter(v -> !known.contains(v.toLowerCase(Locale.ROOT))).distinct().toList();
        added.forEach(v -> jdbc.update("INSERT INTO access_redaction (reference, redacted_value, redacted_by, redacted_at) VALUES (?, ?, ?, ?)",
                reference, v, redactedBy, Timestamp.from(clock.instant())));
        return added.size();
    }

    public List<String> values(String reference) {
        return jdbc.queryForList("SELECT redacted_value FROM access_redaction WHERE reference = ? ORDER BY id", String.class, reference);
    }

    /** The request's values, to black out of one build of its answer. */
    Redaction of(String reference) {
        return new Redaction(values(reference));
    }

    @Override
    public int forgetGathered(Collection<String> closedCases, Instant before) {
        return CaseReferences.update(new NamedParameterJdbcTemplate(jdbc), "DELETE FROM access_redaction WHERE reference IN (:references)", closedCases);
    }

    @Override
    public int forgetRecords(Collection<String> closedCases, Instant before) {
        return forgetGathered(closedCases, before);
    }

    /** Blacks out the values in texts, longest first (so a full name goes before a first name in it), and counts the places. */
    static final class Redaction {

        private final List<Pattern> patterns;
        private int places;

        Redaction(List<String> values) {
            this.patterns = values.stream().sorted((a, b) -> b.length() - a.length())
                    .map(v -> Pattern.compile(Pattern.quote(v), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
        }

        String apply(String text) {
            if (text == null || patterns.isEmpty()) {
                return text;
            }
            String result = text;
            for (Pattern p : patterns) {
                Matcher m = p.matcher(result);
                StringBuilder out = new StringBuilder();
                while (m.find()) {
                    places++;
                    m.appendReplacement(out, Matcher.quoteReplacement(BLACKED_OUT));
                }
                m.appendTail(out);
                result = out.toString();
            }
            return result;
        }

        Object apply(Object value) {
            return value instanceof String s ? apply(s) : value;
        }

        int values() {
            return patterns.size();
        }

        int places() {
            return places;
        }
    }
}
