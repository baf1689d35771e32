package org.privacyrequests.publicform;

import java.time.Instant;

/** A request filed on the public form that waits for its requester to confirm the address. */
public record PendingWebRequest(long id, String requesterEmail, String requesterName, String requestTypes,
                                String requestText, String language, Instant submittedAt, Instant expiresAt,
                                Instant confirmedAt, String reference) {

    public boolean confirmed() {
        return confirmedAt != null;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
