package org.privacyrequests.stafflanguage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.company.Languages;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The language of Camunda's webapps (Tasklist, Cockpit, Admin, the welcome page): the staff language.
 *
 * <p>Camunda picks a webapp's language from the browser's first language if it is one of the app's
 * {@code locales.availableLocales} (scripts/config.js), else the {@code fallbackLocale}. The product's config.js
 * files name one language, the one this module answers with, so the setting decides and not the browser.
 *
 * <p>The texts are Camunda's English ({@code app/<app>/locales/en.json} in the webjar) with the product's own
 * translation ({@code webapps/<app>/<language>.json}) laid over them: a text the translation does not have (most of
 * Cockpit's, say, or one a new Camunda version adds) shows in English rather than as its key.
 */
@RestController
class WebappLanguage {

    private static final String APPS = "{app:tasklist|cockpit|admin|welcome}";
    private static final CacheControl REVALIDATE = CacheControl.noCache();

    /** Where the webapps are served (as CockpitTexts and CockpitForManagers read it), not a fixed /camunda. */
    private static final String WEBAPPS = "${camunda.bpm.webapp.application-path:/camunda}/app/";

    private final String language;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, JsonNode> texts = new ConcurrentHashMap<>();

    WebappLanguage(CompanyProperties company) {
        this.language = Languages.supportedOrDefault(company.staffLanguage());
    }

    /** Imported by each webapp's scripts/config.js. */
    @GetMapping(value = WEBAPPS + APPS + "/scripts/staff-language.js", produces = "text/javascript")
    ResponseEntity<String> staffLanguage(@PathVariable String app) {
        return ResponseEntity.ok().cacheControl(REVALIDATE)
                .body("// The staff language (privacy.company.staff-language), served by the product.\nexport default '" + language + "';\n");
    }

    @GetMapping(value = WEBAPPS + APPS + "/locales/{locale:" + Languages.PATTERN + "}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JsonNode> texts(@PathVariable String app, @PathVariable String locale) {
        return ResponseEntity.ok().cacheControl(REVALIDATE).body(texts.computeIfAbsent(app + "/" + locale, key -> load(app, locale)));
    }

    private JsonNode load(String app, String locale) {
        JsonNode english = read(new ClassPathResource("META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json"));
        ClassPathResource translation = new ClassPathResource("webapps/" + app + "/" + locale + ".json");
        if (!Languages.ENGLISH.equals(locale) && translation.exists()) {
            layOver((ObjectNode) english, read(translation));
        }
        return english;
    }

    /** Each text of the translation replaces the English one at the same place; objects are merged, lists replaced. */
    private static void layOver(ObjectNode english, JsonNode translation) {
        translation.fields().forEachRemaining(field -> {
            JsonNode mine = english.get(field.getKey());
            if (mine instanceof ObjectNode object && field.getValue().isObject()) {
                layOver(object, field.getValue());
            } else {
                english.set(field.getKey(), field.getValue());
            }
        });
    }

    private JsonNode read(ClassPathResource file) {
        try (var in = file.getInputStream()) {
            // Camunda's files start with a byte order mark, which a JSON parser does not expect.
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the webapp texts " + file.getPath(), e);
        }
    }
}
