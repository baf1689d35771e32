package org.privacyrequests.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The support mailbox the intake reads (IMAP): where it is, how to log in, which folder, how often, and
 * the largest attachment it takes note of. Defaults read the embedded mail server of the default profile.
 */
@ConfigurationProperties("privacy.intake.mailbox")
public record MailboxProperties(
        boolean enabled,
        String protocol,
        String host,
        int port,
        String username,
        String password,
        String folder,
        Duration pollInterval,
        long maxAttachmentBytes,
        int maxMessagesPerPoll) {
}
