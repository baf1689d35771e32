package org.privacyrequests.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.lookup.PersonalDataSearch;
import org.privacyrequests.lookup.PersonalDataSource;
import org.privacyrequests.lookup.PersonalDataSource.AgedTable;
import org.privacyrequests.lookup.PersonalDataSource.ErasureAction;
import org.privacyrequests.lookup.PersonalDataSource.RetentionCut;
import org.privacyrequests.minimisation.GatheredDataCleanup;
import org.privacyrequests.policy.RetentionPolicy;
import org.privacyrequests.policy.RetentionRule;
import org.springframework.stereotype.Service;

/**
 * Works out a retention sweep's plan without changing anything: per source and table, the rule the
 * retention policy gives its category once the relationship is over, the cutoff date, how many rows are due and
 * how many of them are protected; and what the product's own records have past their periods.
 * The same policy tells the erasure plan and the access answer, so the period an answer states is enforced here.
 */
@Service
public class RetentionPlanner {

    private final PersonalDataSearch search;
    private final RetentionPolicy policy;
    private final ProtectedRows protectedRows;
    private final GatheredDataCleanup ownRecords;
    private final RetentionSweeps sweeps;
    private final RetentionProperties properties;
    private final Clock clock;
    private final CompanyProperties company;

    public RetentionPlanner(PersonalDataSearch search, RetentionPolicy policy, ProtectedRows protectedRows,
                            GatheredDataCleanup ownRecords, RetentionSweeps sweeps, RetentionProperties properties, Clock clock, CompanyProperties company) {
        this.properties = properties;
        this.search = search;
        this.policy = policy;
        this.protectedRows = protectedRows;
        this.ownRecords = ownRecords;
        this.sweeps = sweeps;
        this.clock = clock;
        this.company = company;
    }

    /**
     * Plans a sweep and decides how it goes on: a dry run only shows it, an empty plan ends, a plan above the
     * auto-run limit waits for a manager.
     */
    public PlannedSweep plan(boolean dryRun) {
        long sweepId = workOut(dryRun);
        long rowsDue = sweeps.lines(sweepId).stream().mapToLong(SweepLine::toCarryOut).sum();
        boolean needsApproval = rowsDue > properties.autoRunLimit();
        RetentionSweeps.Status status = dryRun ? RetentionSweeps.Status.DRY_RUN : rowsDue == 0 ? RetentionSweeps.Status.NOTHING_DUE
                : needsApproval ? RetentionSweeps.Status.WAITING_FOR_APPROVAL : RetentionSweeps.Status.PLANNED;
        sweeps.planned(sweepId, rowsDue, status);
        if (status == RetentionSweeps.Status.NOTHING_DUE || status == RetentionSweeps.Status.DRY_RUN) {
            sweeps.finished(sweepId, status);
        }
        return new PlannedSweep(sweepId, rowsDue, needsApproval, summary(sweepId));
    }

    /** A planned sweep as the process goes on with it: counts and rules only, no personal data. */
    public record PlannedSweep(long sweepId, long rowsDue, boolean needsApproval, String summary) {
    }

    /** @return the new sweep's id; its lines hold the plan */
    long workOut(boolean dryRun) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), company.zone());
        long sweepId = sweeps.create(today, dryRun);
        for (PersonalDataSource source : search.sources()) {
            Map<String, Set<String>> protectedKeys = null;
            for (AgedTable table : source.agedTables()) {
                RetentionRule rule = policy.sweptBy(table.role(), table.category(), source.name(), table.table());
                if (!rule.swept()) {
                    continue;
                }
                String countedFrom = rule.countedFrom().code();
                boolean countable = rule.countedFrom() == RetentionRule.CountedFrom.RECORD_DATE ? table.hasRecordDate() : table.hasRelationshipEnd();
                if (!countable) {
                    sweeps.addLine(sweepId, new SweepLine(0, rule.rule(), source.name(), table.table(), table.category().code(),
                            rule.then().name(), countedFrom, null, 0, 0, 0,
                            "Not swept: the connector configuration gives this table no " + (rule.countedFrom() == RetentionRule.CountedFrom.RECORD_DATE
                                    ? "record-date-column" : "customer-column (webshop-column for processor data) or relationship ended-column")));
                    continue;
                }
                if (protectedKeys == null) {
                    protectedKeys = protectedRows.in(source);
                }
                // Due from the day its period is over (dated before the day after): the day the erasure plan stops keeping it
                // and the date the access answer names.
                LocalDate cutoff = today.minus(rule.period()).plusDays(1);
                var count = source.countDue(table.table(), new RetentionCut(rule.then(), countedFrom, cutoff),
                        protectedKeys.getOrDefault(table.table(), Set.of()));
                sweeps.addLine(sweepId, new SweepLine(0, rule.rule(), source.name(), table.table(), table.category().code(),
                        rule.then().name(), countedFrom, cutoff, count.due(), count.protectedRows(), 0, null));
            }
        }
        var own = ownRecords.countDue();
        sweeps.addLine(sweepId, new SweepLine(0, "Gathered data of closed requests: erased after its period", RetentionSweeps.OWN_RECORDS,
                "gathered", "request-data", ErasureAction.ERASE.name(), null, null, own.gatheredRows(), 0, 0, null));
        sweeps.addLine(sweepId, new SweepLine(0, "Request and complaint records: erased after the accountability period", RetentionSweeps.OWN_RECORDS,
                "records", "request-record", ErasureAction.ERASE.name(), null, null, own.recordRows(), 0, 0, null));
        return sweepId;
    }

    /** The plan as managers read it in Tasklist (markdown): counts and rules only, no personal data. */
    public String summary(long sweepId) {
        StringBuilder text = new StringBuilder();
        // Narrow enough for Tasklist's form pane: the rule names what happens (erased, anonymised).
        text.append("| Rule | System / table | Dated before | Due | Skipped |\n");
        text.append("|---|---|---|---|---|\n");
        for (SweepLine line : sweeps.lines(sweepId)) {
            text.append("| ").append(line.rule()).append(" | ").append(line.source()).append(" / ").append(line.table())
                    .append(" | ").append(line.cutoff() == null ? "" : line.cutoff().toString())
                    .append(" | ").append(line.note() == null ? String.valueOf(line.rowsDue()) : line.note())
                    .append(" | ").append(line.rowsProtected()).append(" |\n");
        }
        return text.toString();
    }
}
