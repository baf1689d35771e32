package org.privacyrequests.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The support mailbox the intake reads (IMAP): where it is, how to log in, which folder, how often, the
 * largest attachment it takes note of, the limits past which a mail goes to people instead of being read, and how
 * it marks the mail it acted on in a mailbox it shares with the helpdesk.
 * Defaults read the embedded mail server of the default profile.
 *
 * @param starttls         upgrade a plain {@code imap} connection to TLS before logging in, and refuse to log in
 *                         without it ({@code imaps} is TLS from the start)
 * @param sslTrust         hosts whose certificate is accepted without checking it: only for a test mail server
 *                         with a self-signed certificate (docker-compose.yml), never for a real one
 * @param maxMessageBytes  a larger mail is not read but handed to support ("Review incoming e-mail")
 * @param maxNestingDepth  MIME parts nested deeper than this: handed to support as well
 * @param handledKeyword   the keyword (IMAP user flag) set on a mail the intake acted on (a request, complaint,
 *                         reply or review), so the helpdesk sees it; empty: none. Mail it does not act on is left as it was
 * @param handledFolder    the folder a mail the intake acted on is moved to; empty (the default): it stays where it is
 * @param idle             wait for new mail with IMAP IDLE, so it is read within seconds; the poll interval stays the
 *                         fall-back (and the only way, on a server without IDLE)
 * @param idleRenewal      how long one IDLE command waits before it is renewed (servers end it after 30 minutes)
 * @param firstReadWindow  the first time the intake reads a folder (or after its UIDVALIDITY changed), mail that
 *                         arrived longer ago than this is left as the helpdesk's past: without it, a first start
 *                         against a mailbox with years of mail would file every old privacy mail as a new request
 */
@ConfigurationProperties("privacy.intake.mailbox")
public record MailboxProperties(
        boolean enabled,
        String protocol,
        String host,
        int port,
        String username,
        String password,
        @DefaultValue("false") boolean starttls,
        String sslTrust,
        String folder,
        Duration pollInterval,
        long maxAttachmentBytes,
        int maxMessagesPerPoll,
        @DefaultValue("26214400") long maxMessageBytes,
        @DefaultValue("10") int maxNestingDepth,
        @DefaultValue("$PrivacyIntake") String handledKeyword,
        String handledFolder,
        @DefaultValue("true") boolean idle,
        @DefaultValue("PT10M") Duration idleRenewal,
        @DefaultValue("P30D") Duration firstReadWindow) {

    boolean marksHandledMail() {
        return handledKeyword != null && !handledKeyword.isBlank();
    }

    boolean movesHandledMail() {
        return handledFolder != null && !handledFolder.isBlank();
    }

    /** The mailbox, as the intake's bookkeeping knows it: the same login on another server is another mailbox. */
    String mailboxName() {
        return username + "@" + host + ":" + port;
    }
}
