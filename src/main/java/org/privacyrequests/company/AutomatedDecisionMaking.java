package org.privacyrequests.company;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the company takes decisions about people based solely on automated processing, profiling included
 * (Art. 22(1) and (4)), as every access answer must say (Art. 15(1)(h)). When it does, the answer gives, per
 * language, meaningful information about the logic involved and the significance and envisaged consequences for
 * the person. The first user's privacy statement describes no such decisions, so the default is that none are taken.
 *
 * @param takePlace    whether such decisions are taken at all
 * @param logic        per language ({@code nl}, {@code en}): how the decisions are reached
 * @param consequences per language: what they mean for the person
 */
@ConfigurationProperties("privacy.company.automated-decisions")
public record AutomatedDecisionMaking(@DefaultValue("false") boolean takePlace, Map<String, String> logic, Map<String, String> consequences) {

    public AutomatedDecisionMaking {
        logic = logic == null ? Map.of() : Map.copyOf(logic);
        consequences = consequences == null ? Map.of() : Map.copyOf(consequences);
        if (takePlace) {
            for (String language : Languages.ALL) {
                if (logic.getOrDefault(language, "").isBlank() || consequences.getOrDefault(language, "").isBlank()) {
                    throw new IllegalArgumentException("privacy.company.automated-decisions: decisions are taken, so the access "
                            + "answer must explain them: set logic." + language + " and consequences." + language);
                }
            }
        }
    }
}
