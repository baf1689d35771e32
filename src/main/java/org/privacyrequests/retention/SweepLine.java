package org.privacyrequests.retention;

import java.time.LocalDate;

/**
 * One line of a retention sweep's plan: which rule applies to which table of which source, how many rows
 * are due, how many of them are protected (skipped), and how many were carried out so far. Source
 * {@link RetentionSweeps#OWN_RECORDS} stands for the product's own records of closed requests.
 */
public record SweepLine(long id, String rule, String source, String table, String category, String action, String countedFrom,
                        LocalDate cutoff, long rowsDue, long rowsProtected, long rowsDone, String note) {

    /** Rows the sweep will change: due and not protected. */
    public long toCarryOut() {
        return Math.max(0, rowsDue - rowsProtected);
    }
}
