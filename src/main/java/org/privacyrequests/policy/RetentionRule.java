package org.privacyrequests.policy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.privacyrequests.lookup.PersonalDataSource.ErasureAction;
import org.privacyrequests.lookup.PersonalRecord;

/**
 * One row of the retention policy ({@code processes/retention-policy.dmn}): how long a kind of data is kept, counted
 * from what, what happens when that period is over, what an erasure request does before then, and why it is kept.
 * The sweep enforces {@link #period()}, the access answer states it, the erasure plan keeps until it ends where
 * {@link #onRequest()} says so.
 *
 * @param period      null when the policy sets no period (then {@link #then()} is {@code KEEP}: never swept)
 * @param countedFrom null when there is no period
 * @param then        what the sweep does once the period is over: erase or anonymise; {@code KEEP} for no period
 * @param ground      why the data is kept (a code the templates explain), or null
 * @param rule        the row as managers read it in a sweep's plan and audit trail
 */
public record RetentionRule(Period period, CountedFrom countedFrom, ErasureAction then, OnRequest onRequest, String ground,
                            String rule) {

    /** Where a period starts: the end of the customer relationship the data belongs to, or the record's own date. */
    public enum CountedFrom {
        RELATIONSHIP_END("relationshipEnd"), RECORD_DATE("recordDate");

        private final String code;

        CountedFrom(String code) {
            this.code = code;
        }

        /** The code of the decision table, and of the sweep's cut ({@code relationshipEnd}, {@code recordDate}). */
        public String code() {
            return code;
        }

        static CountedFrom of(String code) {
            for (CountedFrom c : values()) {
                if (c.code.equals(code)) {
                    return c;
                }
            }
            throw new IllegalStateException("The retention policy counts from something unknown: " + code);
        }
    }

    /** What an erasure request does before the period is over. */
    public enum OnRequest {
        /** Kept until the period is over: a legal duty or a legal claim outweighs the request. */
        KEEP,
        /** Kept while the customer relationship runs (the contract needs it); erased on request once it ended. */
        KEEP_WHILE_CUSTOMER,
        /** Nothing obliges us to keep it against the person's wish: erased at once. */
        ERASE,
        /** Anonymised at once: what stays is about no one. */
        ANONYMISE;

        static OnRequest of(String code) {
            return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** Whether the sweep ever removes this data by itself. */
    public boolean swept() {
        return then != ErasureAction.KEEP;
    }

    /**
     * The day this record's period is over, once it can be known: the record's date plus the period, or the end of
     * its (ended) relationship plus the period; null while the relationship runs, or when there is no period.
     */
    public LocalDate endsOn(PersonalRecord record) {
        if (period == null) {
            return null;
        }
        return switch (countedFrom) {
            case RECORD_DATE -> record.recordDate() == null ? null : record.recordDate().plus(period);
            case RELATIONSHIP_END -> record.relationshipActive() || record.relationshipEndedOn() == null ? null
                    : record.relationshipEndedOn().plus(period);
        };
    }
}
