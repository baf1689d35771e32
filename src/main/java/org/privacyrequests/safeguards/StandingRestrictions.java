package org.privacyrequests.safeguards;

import java.time.Instant;
import java.util.Optional;

/**
 * The restrictions of processing (Art. 18) in force, as the product's records hold them, for the checks a step
 * asks before it acts: an erasure waits while the person's data is restricted, and lifting one needs a manager's
 * decision and the person told first (Art. 18(3)). Kept by the restriction feature; asked here so that the checks
 * stay in one place without this package knowing that feature.
 */
public interface StandingRestrictions {

    /** The restriction in force on this address, if any. */
    Optional<InForce> inForceOn(String email);

    /** Where lifting this restriction stands, if there is such a restriction. */
    Optional<Lifting> lifting(long restrictionId);

    /** A restriction in force: its reference ({@code PR-3}), the request that placed it, since when. */
    record InForce(String reference, String placedByRequest, Instant placedAt) {
    }

    /**
     * Lifting a restriction: still in force? who decided to lift it and when, when the person was told, and from when
     * (the notice period after the notice) it may be lifted.
     */
    record Lifting(String reference, boolean inForce, String decidedBy, Instant decidedAt, Instant noticeSentAt, Instant liftableFrom) {
    }
}
