package org.privacyrequests.identity;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the identity of a requester who wrote by e-mail is established. A From header is not proof: a request to
 * change or erase data waits for the person to confirm it through a link sent to the address on file (valid
 * for {@code linkValidFor}, with a reminder after {@code remindAfter}), unless one of the company's own mail
 * servers, named by the {@code authserv-id} it writes in {@code Authentication-Results}, recorded a DMARC pass
 * for the sender's domain.
 */
@ConfigurationProperties("privacy.identity")
public record IdentityProperties(
        Duration linkValidFor,
        Duration remindAfter,
        List<String> trustedAuthservIds) {

    public IdentityProperties {
        linkValidFor = linkValidFor == null ? Duration.ofDays(7) : linkValidFor;
        remindAfter = remindAfter == null ? Duration.ofDays(3) : remindAfter;
        // A blank entry (an unset environment variable) would trust a header without an authserv-id: dropped.
        trustedAuthservIds = trustedAuthservIds == null ? List.of()
                : trustedAuthservIds.stream().filter(id -> id != null && !id.isBlank()).map(String::trim).toList();
        if (!remindAfter.minus(linkValidFor).isNegative()) {
            throw new IllegalArgumentException("privacy.identity.remind-after (" + remindAfter
                    + ") must be shorter than privacy.identity.link-valid-for (" + linkValidFor + ")");
        }
    }
}
