package org.privacyrequests.recipients;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The recipients to whom the company discloses personal data from its systems (Art. 19): who they are,
 * where to write, and which systems' data they receive. A correction or erasure in one of those systems
 * is passed on to them.
 */
@ConfigurationProperties("privacy")
public record DataRecipientsProperties(List<DataRecipient> recipients) {

    public DataRecipientsProperties {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    public record DataRecipient(String name, String email, String language, List<String> sources) {
    }
}
