package org.privacyrequests.erasure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.lookup.PersonalDataSource.ErasureAction;
import org.privacyrequests.lookup.PersonalRecord;
import org.springframework.stereotype.Service;

/**
 * Applies the retention rules of {@code processes/retention-rules.dmn} (editable without a Java change)
 * to a record: the table decides per category; this class turns its periods into dates.
 */
@Service
public class RetentionRules {

    public static final String DECISION_KEY = "retention-rule";

    private final DecisionService decisions;
    private final Clock clock;
    private final CompanyProperties company;

    public RetentionRules(DecisionService decisions, Clock clock, CompanyProperties company) {
        this.decisions = decisions;
        this.clock = clock;
        this.company = company;
    }

    public RetentionDecision decide(PersonalRecord record) {
        // Empty output cells are left out of the result entries: read them through the map, as null.
        Map<String, Object> result = decisions.evaluateDecisionByKey(DECISION_KEY)
                .variables(Variables.createVariables()
                        .putValue("category", record.category().code())
                        .putValue("relationshipActive", record.relationshipActive()))
                .evaluate()
                .getSingleResult().getEntryMap();
        ErasureAction action = ErasureAction.valueOf(((String) result.get("action")).toUpperCase(Locale.ROOT));
        String legalGround = (String) result.get("legalGround");
        if (action != ErasureAction.KEEP) {
            return new RetentionDecision(action, null, null, null, legalGround);
        }
        String keepFrom = (String) result.get("keepFrom");
        String keepFor = (String) result.get("keepFor");
        Period period = keepFor == null || keepFor.isBlank() ? null : Period.parse(keepFor);
        LocalDate today = LocalDate.ofInstant(clock.instant(), company.zone());
        return switch (keepFrom) {
            case "whileCustomer" -> new RetentionDecision(ErasureAction.KEEP, null, "while-customer", null, legalGround);
            case "relationshipEnd" -> record.relationshipEndedOn() == null
                    ? new RetentionDecision(ErasureAction.KEEP, null, "after-relationship", period, legalGround)
                    : keepUntil(record.relationshipEndedOn().plus(period), today, period, legalGround);
            case "recordDate" -> keepUntil(record.recordDate().plus(period), today, period, legalGround);
            default -> throw new IllegalStateException("Retention rule gives an unknown keepFrom: " + keepFrom);
        };
    }

    private static RetentionDecision keepUntil(LocalDate until, LocalDate today, Period period, String legalGround) {
        // Once the legal period is over nothing justifies keeping the record any longer.
        return until.isAfter(today)
                ? new RetentionDecision(ErasureAction.KEEP, until, null, period, legalGround)
                : new RetentionDecision(ErasureAction.ERASE, null, null, null, null);
    }
}
