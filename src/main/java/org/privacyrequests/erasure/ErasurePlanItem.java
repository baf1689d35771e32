package org.privacyrequests.erasure;

import java.time.Instant;
import java.time.LocalDate;
import org.privacyrequests.lookup.PersonalDataSource.ErasureAction;

/** One line of an erasure plan: what happens to one record, and why. */
public record ErasurePlanItem(long id, String reference, String source, String recordType, String recordId,
                              String category, ErasureAction action, LocalDate keepUntil, String keepCondition,
                              String legalGround, Instant executedAt) {
}
