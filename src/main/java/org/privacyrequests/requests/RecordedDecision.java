package org.privacyrequests.requests;

import java.time.Instant;

/** One decision as the product recorded it. */
public record RecordedDecision(long id, String reference, Decision decision, Basis basis, String decidedBy,
                               Instant decidedAt, String planDigest) {
}
