package org.privacyrequests.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What managers watch: open requests and complaints by days left, which of them are overdue or due within the
 * week (with links to each), how long closing one took per month, and how each kind of request ended. Codes are
 * there for programs; every code a person reads has its label next to it, in the staff language.
 */
public record SlaOverview(Instant generatedAt, OpenWork open, List<OpenWork> openByKind, List<DueCase> overdueCases,
                          List<DueCase> dueSoonCases, List<HandlingTime> handlingTimeByMonth, List<OutcomeCount> outcomes) {

    /** Open cases of one kind ("request", "complaint") or all ("all"), by how much time is left. */
    public record OpenWork(String kind, long overdue, long dueThisWeek, long later, long extended) {
        @com.fasterxml.jackson.annotation.JsonProperty("total")
        public long total() {
            return overdue + dueThisWeek + later;
        }
    }

    /**
     * One open request or complaint that is overdue or due within 7 days: what it is about in words (the rights asked,
     * or the complaint's category), its deadline and the calendar days left in the company's zone (negative: overdue
     * by), and where to open it: its page ({@code /api/requests/…}, {@code /api/complaints/…}) and its process in
     * Cockpit (null when no process runs for it).
     */
    public record DueCase(String kind, String kindLabel, String reference, String subject, Instant deadline,
                          LocalDate deadlineDay, long daysLeft, String timeLeft, boolean extended, String page, String cockpit) {
    }

    /** Cases closed in one month (yyyy-MM): how many, and the median and 90th percentile of days from receipt to closing. */
    public record HandlingTime(String month, String kind, String kindLabel, long closed, double medianDays, double p90Days) {
    }

    /**
     * How many cases of one type (a right's code, or "complaint") ended with one outcome: its code (a
     * {@code RequestOutcome} name, a complaint outcome's code, "open" while not closed, "closed" without a recorded
     * outcome) and, for people, both in words.
     */
    public record OutcomeCount(String type, String typeLabel, String outcome, String outcomeLabel, long count) {
    }
}
