package org.privacyrequests.stafflanguage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.privacyrequests.company.Languages;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every form reads in every staff language: each part a person reads (label, description, text, option) has a text
 * in forms/&lt;language&gt;/&lt;form id&gt;.properties, no text is left for a part the form no longer has, and the
 * parts that are not words - the {{...}} expressions and the links - are the same as in the English form, so a
 * translation cannot break a form's data or send staff elsewhere.
 */
class FormsInEveryStaffLanguageTest {

    private static final Pattern EXPRESSION = Pattern.compile("\\{\\{.*?}}", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<a\\s[^>]*>");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> every_form_has_a_text_for_every_part_in_every_staff_language() throws IOException {
        Resource[] forms = new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form");
        assertThat(forms).hasSizeGreaterThanOrEqualTo(28);
        return Languages.ALL.stream().filter(language -> !Languages.ENGLISH.equals(language))
                .flatMap(language -> Stream.of(forms).map(form -> DynamicTest.dynamicTest(language + ": " + form.getFilename(),
                        () -> checkTranslation(form, language))));
    }

    private static void checkTranslation(Resource form, String language) throws IOException {
        String formId = form.getFilename().replace(".form", "");
        Map<String, String> english = FormTexts.parts(read(form));
        Properties texts = texts(language, formId);
        SoftAssertions soft = new SoftAssertions();
        english.forEach((key, text) -> {
            String translated = texts.getProperty(key);
            soft.assertThat(translated).as("%s text of %s in %s", language, key, formId).isNotBlank();
            if (translated != null) {
                soft.assertThat(sorted(EXPRESSION, translated)).as("{{...}} in %s of %s", key, formId).isEqualTo(sorted(EXPRESSION, text));
                soft.assertThat(sorted(LINK, translated)).as("links in %s of %s", key, formId).isEqualTo(sorted(LINK, text));
            }
        });
        soft.assertThat(texts.stringPropertyNames()).as("texts of %s for parts the form does not have", formId)
                .isSubsetOf(english.keySet());
        soft.assertAll();
    }

    @Test
    void a_part_without_a_text_keeps_its_english_and_is_reported() throws IOException {
        JsonNode form = JSON.readTree("""
                {"id": "f", "type": "default", "components": [
                  {"id": "Field_decision", "type": "radio", "key": "decision", "label": "Decision", "description": "Choose one.",
                   "values": [{"label": "Yes", "value": "yes"}, {"label": "No", "value": "no"}]}]}""");
        Properties texts = new Properties();
        texts.setProperty("Field_decision.label", "Besluit");
        texts.setProperty("Field_decision.option.yes", "Ja");
        List<String> missing = new ArrayList<>();

        FormTexts.translate(form, texts, (key, englishText) -> missing.add(key + "=" + englishText));

        assertThat(form.at("/components/0/label").asText()).isEqualTo("Besluit");
        assertThat(form.at("/components/0/description").asText()).isEqualTo("Choose one.");
        assertThat(form.at("/components/0/values/0/label").asText()).isEqualTo("Ja");
        assertThat(form.at("/components/0/values/1/label").asText()).isEqualTo("No");
        assertThat(form.at("/components/0/key").asText()).isEqualTo("decision");
        assertThat(missing).containsExactly("Field_decision.description=Choose one.", "Field_decision.option.no=No");
    }

    private static List<String> sorted(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found.stream().sorted().toList();
    }

    private static JsonNode read(Resource form) throws IOException {
        try (var in = form.getInputStream()) {
            return JSON.readTree(in);
        }
    }

    private static Properties texts(String language, String formId) throws IOException {
        Properties texts = new Properties();
        Resource file = new PathMatchingResourcePatternResolver().getResource("classpath:forms/" + language + "/" + formId + ".properties");
        if (file.exists()) {
            try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
        }
        return texts;
    }
}
