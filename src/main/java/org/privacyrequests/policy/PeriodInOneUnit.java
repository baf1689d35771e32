package org.privacyrequests.policy;

import java.time.Period;

/**
 * A retention period as people read it, in one unit: days (when it has days, or is shorter than a month), else whole
 * years, else months. The access answer, the erasure plan and the staff pages all word periods this way.
 *
 * @param unit {@code days}, {@code months} or {@code years}
 */
public record PeriodInOneUnit(long amount, String unit) {

    public static PeriodInOneUnit of(Period period) {
        long months = period.toTotalMonths();
        if (period.getDays() != 0 || months == 0) {
            return new PeriodInOneUnit(period.getDays(), "days");
        }
        return months % 12 == 0 ? new PeriodInOneUnit(months / 12, "years") : new PeriodInOneUnit(months, "months");
    }

    /** "7 years", "1 month", "30 days", for staff reading English. */
    @Override
    public String toString() {
        return amount + " " + (amount == 1 ? unit.substring(0, unit.length() - 1) : unit);
    }
}
