package org.privacyrequests.company;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of personal data the company holds, as its connector configuration names and words them
 * ({@code privacy.connectors.categories}): the one source of how a category reads in the mails, the access answer and
 * the staff pages. The connectors read them; the texts only show them.
 */
public interface DataCategories {

    /** No categories configured (a product without personal data sources, or a test of a template alone). */
    DataCategories NONE = List::of;

    List<ConfiguredCategory> categories();

    default Optional<ConfiguredCategory> find(String code) {
        return categories().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * The category's label in the language; the code itself for one no longer configured (a record found before the
     * configuration changed), so that a page still shows something true.
     */
    default String label(String code, String language) {
        return find(code).map(c -> c.label(language)).orElse(code == null ? "" : code);
    }

    /** Per code the category's words in one language, as the templates read them: {@code label}, and where given {@code description} and {@code recordDate}. */
    default Map<String, Map<String, String>> texts(String language) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        for (ConfiguredCategory c : categories()) {
            Map<String, String> words = new LinkedHashMap<>();
            words.put("label", c.label(language));
            Optional.ofNullable(c.descriptions().get(language)).ifPresent(d -> words.put("description", d));
            Optional.ofNullable(c.recordDate().get(language)).ifPresent(d -> words.put("recordDate", d));
            texts.put(c.code(), Map.copyOf(words));
        }
        return texts;
    }

    /**
     * One category: its code (what a table's {@code category} and the retention policy name), its label per language,
     * optionally a description per language, and what "the record's own date" is called for it per language (the
     * visit, the invoice date), for a period counted from that date.
     */
    record ConfiguredCategory(String code, Map<String, String> labels, Map<String, String> descriptions, Map<String, String> recordDate) {

        public ConfiguredCategory {
            labels = labels == null ? Map.of() : Map.copyOf(labels);
            descriptions = descriptions == null ? Map.of() : Map.copyOf(descriptions);
            recordDate = recordDate == null ? Map.of() : Map.copyOf(recordDate);
        }

        public String label(String language) {
            return labels.getOrDefault(Languages.supportedOrDefault(language), code);
        }
    }
}
