package org.privacyrequests.staffpages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.privacyrequests.access.ReadableValues;
import org.privacyrequests.audit.AuditEvent;
import org.privacyrequests.lookup.PersonalDataSearch;

/**
 * An audit entry as staff read it: the sentence of its action ({@code staff.audit.event.<code>}) with its facts filled
 * in as words. A fact the sentence does not name is added by its own text ({@code staff.audit.event.<code>.<fact>},
 * for facts that are there only sometimes), or as "label: value" when the facts have a label ({@code staff.fact.<fact>}:
 * the decision fields of a completed task). Codes become words ({@code staff.fact.<fact>.<code>}, or the texts of
 * rights, channels, mails and outcomes), dates and moments are written in the company's zone.
 */
final class AuditSentences {

    static final String SENTENCE = "staff.audit.event.";
    static final String FACT = "staff.fact.";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z.]+)}");
    /** Facts whose value lists codes separated by commas, each worded on its own. */
    private static final Set<String> LISTS = Set.of("rights", "fields", "notCorrectedFields");
    /** Moments that are a day to staff (a deadline ends with a day): shown as the company's date, without a time. */
    private static final Set<String> DAYS = Set.of("deadline", "newDeadline", "liftableFrom");
    /** Facts worded by texts the staff pages already have for the same codes. */
    private static final Map<String, String> WORDED_AS = Map.of(
            "rights", "staff.right.",
            "channel", "staff.channel.",
            "template", "staff.mailTemplate.",
            "language", "staff.language.",
            "complaintOutcome", "staff.complaint.outcome.");

    private final Map<String, String> texts;
    private final ReadableValues readable;

    AuditSentences(Map<String, String> texts, ReadableValues readable) {
        this.texts = texts;
        this.readable = readable;
    }

    String sentence(AuditEvent event) {
        String code = event.action().code();
        Map<String, String> facts = event.facts();
        String main = texts.getOrDefault(SENTENCE + code, code);
        Set<String> named = placeholders(main);
        StringBuilder sentence = new StringBuilder(fill(main, facts));
        List<String> labelled = new ArrayList<>();
        for (String fact : facts.keySet()) {
            if (named.contains(fact) || fact.startsWith(PersonalDataSearch.FOUND)) {
                continue;
            }
            String more = texts.get(SENTENCE + code + "." + fact);
            if (more != null) {
                sentence.append(fill(more, facts));
            } else if (texts.containsKey(FACT + fact)) {
                labelled.add(texts.get(FACT + fact) + ": " + words(fact, facts.get(fact)));
            }
        }
        if (!labelled.isEmpty()) {
            sentence.append(" — ").append(String.join("; ", labelled));
        }
        return sentence.toString();
    }

    static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private String fill(String text, Map<String, String> facts) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = name.equals("found") ? found(facts) : words(name, facts.getOrDefault(name, ""));
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "Orders: 2, Customer accounts: 0": each system searched and how many records it held. */
    private String found(Map<String, String> facts) {
        String systems = facts.entrySet().stream().filter(f -> f.getKey().startsWith(PersonalDataSearch.FOUND))
                .map(f -> f.getKey().substring(PersonalDataSearch.FOUND.length()) + ": " + f.getValue())
                .collect(Collectors.joining(", "));
        return systems.isEmpty() ? texts.getOrDefault(FACT + "found.none", "") : systems;
    }

    /** A fact's value in words: a code by its text, a list code by code, a date or moment in the company's zone. */
    String words(String fact, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (LISTS.contains(fact)) {
            return Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).map(v -> word(fact, v))
                    .collect(Collectors.joining(", "));
        }
        return word(fact, value);
    }

    private String word(String fact, String value) {
        String own = texts.get(FACT + fact + "." + value);
        if (own != null) {
            return own;
        }
        String prefix = WORDED_AS.get(fact);
        if (prefix != null && texts.containsKey(prefix + value)) {
            return texts.get(prefix + value);
        }
        if (DAYS.contains(fact)) {
            try {
                return readable.date(java.time.Instant.parse(value));
            } catch (java.time.format.DateTimeParseException notAMoment) {
                return String.valueOf(readable.value(value));
            }
        }
        if (value.equals("true") || value.equals("false")) {
            return texts.getOrDefault(value.equals("true") ? "staff.yes" : "staff.no", value);
        }
        return String.valueOf(readable.value(value));
    }
}
