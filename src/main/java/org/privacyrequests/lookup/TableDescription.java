package org.privacyrequests.lookup;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a table's columns read to a person: a label per column and language ({@code labels: { billing_address:
 * { nl: Factuuradres, en: Billing address } }}), and which columns hold data the person provided themselves
 * ({@code provided}), which a portability request (Art. 20) exports.
 */
public record TableDescription(Map<String, Map<String, String>> labels, List<String> provided) {

    public static final TableDescription NONE = new TableDescription(Map.of(), List.of());

    public TableDescription {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        provided = provided == null ? List.of() : List.copyOf(provided);
    }

    /** The column's label in the language, when the configuration gives one. */
    public Optional<String> label(String column, String language) {
        return Optional.ofNullable(labels.get(column)).map(l -> l.get(language)).filter(l -> !l.isBlank());
    }

    public boolean provided(String column) {
        return provided.contains(column);
    }
}
