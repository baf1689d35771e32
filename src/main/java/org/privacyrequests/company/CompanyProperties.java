package org.privacyrequests.company;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who the product answers for: the company's name, its mailboxes and the supervisory authority that
 * every refusal names. Defaults are the first user's; another company sets its own in application.yml.
 *
 * <p>{@code zone} is the time zone the company's dates and deadlines are counted in: a date received, a
 * deadline's day, a reference's year. One setting, so that no two parts of the product disagree about a day;
 * the product's {@link java.time.Clock} runs in it too.
 */
@ConfigurationProperties("privacy.company")
public record CompanyProperties(
        String name,
        String supportEmail,
        String supportTeamEmail,
        String managersEmail,
        String staffLanguage,
        SupervisoryAuthority authority,
        @DefaultValue("Europe/Amsterdam") ZoneId zone) {

    public record SupervisoryAuthority(String name, String website, String address) {
    }
}
