package org.privacyrequests.access;

import java.time.Instant;
import java.util.List;

/**
 * One record the product itself holds about a person: an earlier request or complaint, a mail kept, a legal hold.
 * Stored facts, not sentences; the access overview's template says what they mean in the requester's language.
 *
 * @param reference the case it belongs to ({@code DSR-2026-000001}, {@code PC-2026-000001}, {@code LH-3}), or null
 * @param date      when it was received or placed
 * @param open      whether the case is still being handled (a hold still in force)
 * @param outcomes  what became of it, as codes (a request's {@code ACCESS_ANSWERED}, a complaint's {@code upheld})
 * @param detail    what the person reads beside it: a mail's subject, a hold's reason; null when nothing
 */
public record ProductRecord(Kind kind, String reference, Instant date, boolean open, List<String> outcomes, String detail) {

    public ProductRecord {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    public enum Kind { REQUEST, COMPLAINT, MAIL, LEGAL_HOLD }
}
