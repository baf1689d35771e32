package org.privacyrequests.publicform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public request form: the address its confirmation links point to (configured, never taken from the
 * request, so a forged Host header cannot send a link elsewhere), how long a link works, and how often one
 * address or one client may file.
 */
@ConfigurationProperties("privacy.public-form")
public record PublicFormProperties(
        String baseUrl,
        Duration linkValidFor,
        int maxPerAddress,
        Duration perAddressWindow,
        int maxPerClient,
        Duration perClientWindow) {
}
