package org.privacyrequests.intake;

import java.time.Instant;
import java.util.List;

/**
 * One e-mail read from the support mailbox, reduced to what the intake needs.
 *
 * @param references      the Message-IDs it answers (In-Reply-To and References)
 * @param automatic       an auto-reply, out-of-office or bulk mail: never a new request
 * @param bounce          a delivery failure report (DSN)
 * @param bouncedMessageId for a bounce: the Message-ID of our mail that could not be delivered
 * @param bouncedReference for a bounce: the request reference found in the returned mail
 * @param authenticationResults the mail's {@code Authentication-Results} headers, topmost (added last) first
 */
public record IncomingMail(
        String messageId,
        String fromAddress,
        String fromName,
        String subject,
        String text,
        List<String> references,
        Instant receivedAt,
        boolean automatic,
        boolean bounce,
        String bouncedMessageId,
        String bouncedReference,
        int attachmentsLeftOut,
        List<String> authenticationResults) {
}
