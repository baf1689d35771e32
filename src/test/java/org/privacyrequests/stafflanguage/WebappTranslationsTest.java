package org.privacyrequests.stafflanguage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The product's Dutch for Camunda's webapps (webapps/&lt;app&gt;/nl.json) against Camunda's English in the webjar:
 * Tasklist and the welcome page translated whole, Cockpit the screens managers use; never a text Camunda does not
 * have (a key renamed in a new version would silently stay English), and the {{...}} placeholders kept.
 */
class WebappTranslationsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{0}: whole {1}")
    @CsvSource({"tasklist, true", "welcome, true", "cockpit, false"})
    void the_dutch_of_each_webapp_matches_camundas_english(String app, boolean whole) throws IOException {
        JsonNode english = read("/META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json").path("labels");
        JsonNode dutch = read("/webapps/" + app + "/nl.json").path("labels");
        SoftAssertions soft = new SoftAssertions();
        dutch.fieldNames().forEachRemaining(key -> {
            soft.assertThat(english.has(key)).as("%s: Camunda has the text %s", app, key).isTrue();
            soft.assertThat(placeholders(dutch.path(key).asText())).as("%s: placeholders of %s", app, key)
                    .isEqualTo(placeholders(english.path(key).asText()));
        });
        if (whole) {
            english.fieldNames().forEachRemaining(key -> soft.assertThat(dutch.has(key)).as("%s: Dutch for %s", app, key).isTrue());
        }
        soft.assertAll();
        assertThat(dutch.size()).isGreaterThan(150);
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found.stream().sorted().toList();
    }

    private JsonNode read(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }
}
