package org.privacyrequests.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.ResourceLoader;

/**
 * The longest value support can enter per correctable field, as the correction form ("Apply correction",
 * forms/apply-correction.form) says in its validation: the form is the one place the limits are written, and a
 * correctable column must take what the form lets through. The form names each field {@code corrected} + the field
 * code ({@code correctedPostalCode} for {@code postalCode}), as the rectification feature reads it.
 */
record CorrectionFormLimits(String form, Map<String, Integer> maxLengths) {

    static final String FORM = "classpath:forms/apply-correction.form";
    private static final String PREFIX = "corrected";

    static CorrectionFormLimits read(ResourceLoader resources) {
        try (InputStream in = resources.getResource(FORM).getInputStream()) {
            Map<String, Integer> limits = new TreeMap<>();
            collect(new ObjectMapper().readTree(in), limits);
            return new CorrectionFormLimits("forms/apply-correction.form", java.util.Collections.unmodifiableMap(limits));
        } catch (IOException e) {
            throw new ConnectorConfigurationError("The correction form " + FORM + " cannot be read, so the correctable columns cannot be "
                    + "checked against it: " + e.getMessage());
        }
    }

    private static void collect(JsonNode node, Map<String, Integer> limits) {
        if (node.isObject() && node.path("key").asText("").startsWith(PREFIX) && node.path("validate").has("maxLength")) {
            String key = node.get("key").asText().substring(PREFIX.length());
            limits.put(key.substring(0, 1).toLowerCase(Locale.ROOT) + key.substring(1), node.path("validate").get("maxLength").asInt());
        }
        node.forEach(child -> collect(child, limits));
    }

    /** The form's field key of a field code: postalCode is entered as correctedPostalCode. */
    static String formKey(String field) {
        return PREFIX + field.substring(0, 1).toUpperCase(Locale.ROOT) + field.substring(1);
    }
}
