package org.privacyrequests.policy;

import java.time.LocalDate;
import java.time.Period;
import org.privacyrequests.lookup.PersonalDataSource.ErasureAction;

/**
 * What the retention policy says an erasure request does to one record: erase, anonymise, or keep; if kept, until
 * when (or on which condition, when the date is not known yet) and on which ground.
 *
 * @param keepCondition {@code while-customer} or {@code after-relationship} when no date can be given yet
 * @param legalGround   a code the answer templates explain (e.g. {@code fiscal-retention})
 */
public record RetentionDecision(ErasureAction action, LocalDate keepUntil, String keepCondition, Period keepPeriod,
                                String legalGround) {
}
