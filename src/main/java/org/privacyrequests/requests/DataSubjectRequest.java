package org.privacyrequests.requests;

import java.time.Instant;

/**
 * The record of one data subject request, kept for accountability. The request's text and the
 * requester's name live here, not in process variables.
 */
public record DataSubjectRequest(
        String reference,
        String requesterEmail,
        String requesterName,
        String requestTypes,
        String requestText,
        String language,
        String channel,
        Instant receivedAt,
        Instant deadline,
        String extensionReason,
        RequestStatus status,
        String outcome,
        Instant closedAt) {

    public enum RequestStatus { OPEN, OVERDUE, CLOSED }
}
