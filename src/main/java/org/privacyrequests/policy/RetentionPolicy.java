package org.privacyrequests.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.lookup.DataCategory;
import org.privacyrequests.lookup.PersonalDataSource.ErasureAction;
import org.privacyrequests.lookup.PersonalRecord;
import org.privacyrequests.lookup.ProcessingRole;
import org.springframework.stereotype.Service;

/**
 * The company's one retention policy, {@code processes/retention-policy.dmn} (editable without a Java change): the
 * erasure plan asks it what an erasure request does to a record, the daily sweep which period to enforce on a table,
 * and the access answer which period to state (Art. 13(2)(a), 15(1)(d)). One table for all three, so that what an
 * answer promises is what the sweep does (Art. 5(1)(e)). The table decides; this class turns its periods into dates.
 */
@Service
public class RetentionPolicy {

    public static final String DECISION_KEY = "retention-policy";

    private final DecisionService decisions;
    private final Clock clock;
    private final CompanyProperties company;

    public RetentionPolicy(DecisionService decisions, Clock clock, CompanyProperties company) {
        this.decisions = decisions;
        this.clock = clock;
        this.company = company;
    }

    /**
     * The row for data of this category, held in this role, in this source's table, while its customer relationship
     * runs or after it ended. The table names the source ({@code source}, as configured) and the table ({@code table})
     * besides the category, so that a company's rule can single out one table; the built-in rows leave them empty (any).
     */
    public RetentionRule rule(ProcessingRole role, DataCategory category, String source, String table, boolean relationshipActive) {
        // Empty output cells are left out of the result entries: read them through the map, as null.
        Map<String, Object> result = decisions.evaluateDecisionByKey(DECISION_KEY)
                .variables(Variables.createVariables()
                        .putValue("role", role.name().toLowerCase(Locale.ROOT))
                        .putValue("category", category.code())
                        .putValue("source", source)
                        .putValue("table", table)
                        .putValue("relationshipActive", relationshipActive))
                .evaluate().getSingleResult().getEntryMap();
        String rule = (String) result.get("rule");
        String period = (String) result.get("period");
        String countedFrom = (String) result.get("countedFrom");
        ErasureAction then = ErasureAction.valueOf(((String) result.get("then")).toUpperCase(Locale.ROOT));
        RetentionRule.OnRequest onRequest = RetentionRule.OnRequest.of((String) result.get("onRequest"));
        boolean hasPeriod = period != null && !period.isBlank() && countedFrom != null;
        if ((then != ErasureAction.KEEP || onRequest == RetentionRule.OnRequest.KEEP) && !hasPeriod) {
            throw new IllegalStateException("Retention policy for '" + category.code() + "' (" + rule + ") names no period or no start");
        }
        return new RetentionRule(hasPeriod ? Period.parse(period) : null, hasPeriod ? RetentionRule.CountedFrom.of(countedFrom) : null,
                then, onRequest, (String) result.get("ground"), rule);
    }

    /** The row for this record: a group of columns with a category of its own ({@code customer:financial}) is of its table. */
    public RetentionRule rule(PersonalRecord record) {
        return rule(record.role(), record.category(), record.source(), tableOf(record.recordType()), record.relationshipActive());
    }

    private static String tableOf(String recordType) {
        int group = recordType.indexOf(':');
        return group < 0 ? recordType : recordType.substring(0, group);
    }

    /**
     * The row the daily sweep enforces on a table: the period once the relationship is over (a sweep counts from the
     * relationship only when it ended; a period counted from the record's date does not depend on it).
     */
    public RetentionRule sweptBy(ProcessingRole role, DataCategory category, String source, String table) {
        return rule(role, category, source, table, false);
    }

    /** How long this record is kept, as the access answer states it: the row, and the day it ends once that is known. */
    public StoragePeriod storagePeriod(PersonalRecord record) {
        RetentionRule rule = rule(record);
        return new StoragePeriod(rule, rule.endsOn(record));
    }

    /** A record's period: its row of the policy, and the day the period is over (null while not known yet). */
    public record StoragePeriod(RetentionRule rule, LocalDate endsOn) {
    }

    /** What an erasure request does to this record now. */
    public RetentionDecision onErasureRequest(PersonalRecord record) {
        RetentionRule rule = rule(record);
        return switch (rule.onRequest()) {
            case ERASE -> new RetentionDecision(ErasureAction.ERASE, null, null, null, null);
            case ANONYMISE -> new RetentionDecision(ErasureAction.ANONYMISE, null, null, null, null);
            case KEEP_WHILE_CUSTOMER -> record.relationshipActive()
                    ? new RetentionDecision(ErasureAction.KEEP, null, "while-customer", null, rule.ground())
                    : keptForThePeriod(record, rule);
            case KEEP -> keptForThePeriod(record, rule);
        };
    }

    private RetentionDecision keptForThePeriod(PersonalRecord record, RetentionRule rule) {
        LocalDate until = rule.endsOn(record);
        if (until == null) {
            if (rule.countedFrom() == RetentionRule.CountedFrom.RECORD_DATE) {
                throw new IllegalStateException("The retention policy counts " + record.category().code() + " from the record's date, but "
                        + record.source() + " / " + record.recordType() + " has none (record-date-column)");
            }
            return new RetentionDecision(ErasureAction.KEEP, null, "after-relationship", rule.period(), rule.ground());
        }
        // Once the period is over nothing justifies keeping the record any longer.
        return until.isAfter(today())
                ? new RetentionDecision(ErasureAction.KEEP, until, null, rule.period(), rule.ground())
                : new RetentionDecision(rule.swept() ? rule.then() : ErasureAction.ERASE, null, null, null, null);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), company.zone());
    }
}
