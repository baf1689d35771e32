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
        ComplaintCategory category,
        String relatedRequest,
        Status status,
        ComplaintOutcome outcome,
        Instant closedAt) {

    public enum Status { OPEN, ESCALATED, CLOSED }
}
