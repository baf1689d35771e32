package org.privacyrequests.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.privacyrequests.company.Languages;

/**
 * Every kind of audit step has its sentence in every staff language, and every decision field a completed task records
 * has its label: staff never read a bare code in the trail. Both languages word the same facts.
 */
class AuditTextsTest {

    @Test
    void every_kind_of_step_has_a_sentence_in_dutch_and_in_english() {
        for (String language : List.of(Languages.DUTCH, Languages.ENGLISH)) {
            ResourceBundle texts = texts(language);
            for (AuditAction action : AuditAction.values()) {
                assertThat(texts.containsKey("staff.audit.event." + action.code())).as(action + " in " + language).isTrue();
                assertThat(texts.getString("staff.audit.event." + action.code())).as(action + " in " + language).isNotBlank();
            }
        }
    }

    @Test
    void every_decision_field_of_a_completed_task_has_a_label_in_dutch_and_in_english() {
        for (String language : List.of(Languages.DUTCH, Languages.ENGLISH)) {
            ResourceBundle texts = texts(language);
            for (String field : RecordDecision.DECISION_FIELDS) {
                assertThat(texts.containsKey("staff.fact." + field)).as(field + " in " + language).isTrue();
            }
        }
    }

    @Test
    void dutch_and_english_word_the_same_steps_and_facts_with_the_same_placeholders() {
        ResourceBundle dutch = texts(Languages.DUTCH);
        ResourceBundle english = texts(Languages.ENGLISH);
        assertThat(keys(dutch)).isEqualTo(keys(english));
        for (String key : keys(dutch)) {
            assertThat(placeholders(dutch.getString(key))).as(key).isEqualTo(placeholders(english.getString(key)));
        }
    }

    @Test
    void an_action_is_stored_as_its_code_and_found_again_by_it() {
        assertThat(AuditAction.REFUSED_UNDER_ART_12_5.code()).isEqualTo("refused-under-art-12-5");
        for (AuditAction action : AuditAction.values()) {
            assertThat(AuditAction.ofCode(action.code())).contains(action);
            assertThat(action.code().length()).isLessThanOrEqualTo(100);
        }
        assertThat(AuditAction.ofCode("Request received")).isEmpty();
    }

    private static Set<String> keys(ResourceBundle texts) {
        return texts.keySet().stream().filter(k -> k.startsWith("staff.audit.event.") || k.startsWith("staff.fact."))
                .collect(Collectors.toSet());
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new HashSet<>();
        var m = java.util.regex.Pattern.compile("\\{([A-Za-z.]+)}").matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static ResourceBundle texts(String language) {
        return ResourceBundle.getBundle("web/staff-texts", Locale.forLanguageTag(language), AuditTextsTest.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
