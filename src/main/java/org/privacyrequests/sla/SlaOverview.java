package org.privacyrequests.sla;

import java.time.Instant;
import java.util.List;

/**
 * What managers watch: open requests and complaints by days left, how long closing one took per month, and
 * how each kind of request ended.
 */
public record SlaOverview(Instant generatedAt, OpenWork open, List<OpenWork> openByKind, List<HandlingTime> handlingTimeByMonth,
                          List<OutcomeCount> outcomes) {

    /** Open cases of one kind ("request", "complaint") or all ("all"), by how much time is left. */
    public record OpenWork(String kind, long overdue, long dueThisWeek, long later, long extended) {
        @com.fasterxml.jackson.annotation.JsonProperty("total")
        public long total() {
            return overdue + dueThisWeek + later;
        }
    }

    /** Cases closed in one month (yyyy-MM): how many, and the median and 90th percentile of days from receipt to closing. */
    public record HandlingTime(String month, String kind, long closed, double medianDays, double p90Days) {
    }

    /** How many cases of one type (a right, or "complaint") ended with one outcome ("open" while not closed). */
    public record OutcomeCount(String type, String outcome, long count) {
    }
}
