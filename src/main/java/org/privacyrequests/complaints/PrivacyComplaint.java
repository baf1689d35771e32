package org.privacyrequests.complaints;

import java.time.Instant;

/** The record of one privacy complaint, kept for accountability; its text lives here, not in the process. */
public record PrivacyComplaint(
        String reference,
        String complainantEmail,
        String complainantName,
        String complaintText,
        String language,
        String channel,
        Instant receivedAt,
        Instant deadline,
        String category,
        String relatedRequest,
        String status,
        String outcome,
        Instant closedAt) {
}
