package org.privacyrequests.stafflanguage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;

/**
 * The words of a Camunda Form, apart from its structure. A form in forms/ is written in English and holds
 * everything else (ids, keys, validation, conditions, FEEL); its texts in another language live beside it in
 * {@code forms/<language>/<form id>.properties}, one key per translatable part of a component:
 * {@code <component id>.label}, {@code .description}, {@code .text}, {@code .placeholder}, {@code .dateLabel},
 * {@code .timeLabel}, and {@code <component id>.option.<value>} for an option's label. Keys by id, not by the
 * English sentence, so that rewording the English shows up as a text to check, not as a lost translation.
 */
final class FormTexts {

    /** The parts of a component a person reads; everything else in a form is structure and stays as it is. */
    static final List<String> TRANSLATABLE = List.of("label", "description", "text", "placeholder", "dateLabel", "timeLabel");

    private FormTexts() {
    }

    /** Every translatable part of the form, by its key, with the form's own (English) text, in the form's order. */
    static Map<String, String> parts(JsonNode form) {
        Map<String, String> parts = new LinkedHashMap<>();
        visit(form, (key, node) -> parts.put(key, node.path(fieldOf(key)).asText()));
        return parts;
    }

    /**
     * Puts the texts into the form (changed in place). A part without a text keeps its English and is passed to
     * {@code missing}, so a forgotten translation shows in English rather than as an empty label.
     */
    static void translate(JsonNode form, Properties texts, BiConsumer<String, String> missing) {
        visit(form, (key, node) -> {
            String text = texts.getProperty(key);
            if (text == null) {
                missing.accept(key, node.path(fieldOf(key)).asText());
            } else {
                ((ObjectNode) node).put(fieldOf(key), text);
            }
        });
    }

    /** The field a key names in the node {@link #visit} hands over with it: "label" for an option. */
    private static String fieldOf(String key) {
        int option = key.indexOf(".option.");
        return option >= 0 ? "label" : key.substring(key.lastIndexOf('.') + 1);
    }

    /** Calls back with each translatable part's key and the JSON node that holds its text. */
    private static void visit(JsonNode node, BiConsumer<String, JsonNode> part) {
        if (node.isArray()) {
            node.forEach(child -> visit(child, part));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String id = node.path("id").asText(null);
        // The form itself (type "default") has an id but nothing to read; its components and groups do.
        if (id != null && node.has("type") && !"default".equals(node.path("type").asText())) {
            for (String field : TRANSLATABLE) {
                if (node.path(field).isTextual()) {
                    part.accept(id + "." + field, node);
                }
            }
            for (JsonNode option : node.path("values")) {
                if (option.path("label").isTextual()) {
                    part.accept(id + ".option." + option.path("value").asText(), option);
                }
            }
        }
        node.path("components").forEach(child -> visit(child, part));
    }
}
