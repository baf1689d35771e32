package org.privacyrequests.minimisation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * A feature that keeps data about cases (requests, complaints, legal holds), and forgets its own when the nightly
 * clean-up asks. The clean-up first asks every feature which of its cases closed before a date, then asks every
 * feature to forget what it holds about those cases: so no feature deletes from another feature's tables.
 */
public interface KeepsCaseData {

    /** The references of this feature's own cases that closed before this moment (none, for most features). */
    default List<String> casesClosedBefore(Instant before) {
        return List.of();
    }

    /**
     * The personal data gathered to answer these closed cases, and what is kept only until {@code before}
     * (an access export sent before it): forgotten once answering no longer needs it.
     *
     * @return rows deleted or emptied
     */
    default int forgetGathered(Collection<String> closedCases, Instant before) {
        return 0;
    }

    /**
     * The records of these closed cases, kept for accountability until {@code before}, and this feature's own
     * records older than that.
     *
     * @return rows deleted
     */
    default int forgetRecords(Collection<String> closedCases, Instant before) {
        return 0;
    }
}
