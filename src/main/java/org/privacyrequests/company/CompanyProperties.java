package org.privacyrequests.company;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who the product answers for: the company's name, its mailboxes and the supervisory authority that
 * every refusal names. Defaults are the first user's; another company sets its own in application.yml.
 */
@ConfigurationProperties("privacy.company")
public record CompanyProperties(
        String name,
        String supportEmail,
        String supportTeamEmail,
        String managersEmail,
        String staffLanguage,
        SupervisoryAuthority authority) {

    public record SupervisoryAuthority(String name, String website, String address) {
    }
}
