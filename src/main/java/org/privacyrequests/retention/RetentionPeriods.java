package org.privacyrequests.retention;

import java.time.Period;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.privacyrequests.lookup.DataCategory;
import org.privacyrequests.lookup.PersonalDataSource.ErasureAction;
import org.springframework.stereotype.Service;

/**
 * The retention periods of {@code processes/retention-periods.dmn} (editable without a Java change): per data
 * category, whether its rows are erased or anonymised after a period, counted from what.
 */
@Service
class RetentionPeriods {

    public static final String DECISION_KEY = "retention-period";

    private final DecisionService decisions;

    public RetentionPeriods(DecisionService decisions) {
        this.decisions = decisions;
    }

    public RetentionPeriod of(DataCategory category) {
        Map<String, Object> result = decisions.evaluateDecisionByKey(DECISION_KEY)
                .variables(Variables.createVariables().putValue("category", category.code()))
                .evaluate().getSingleResult().getEntryMap();
        ErasureAction action = ErasureAction.valueOf(((String) result.get("action")).toUpperCase(Locale.ROOT));
        String after = (String) result.get("after");
        String rule = (String) result.get("rule");
        if (action != ErasureAction.KEEP && (after == null || after.isBlank() || result.get("countedFrom") == null)) {
            throw new IllegalStateException("Retention period for '" + category.code() + "' (" + rule + ") names no period or no start");
        }
        return new RetentionPeriod(action, after == null || after.isBlank() ? null : Period.parse(after),
                (String) result.get("countedFrom"), rule);
    }

    /** One rule: what happens once the period, counted from the relationship's end or the record's date, is over. */
    public record RetentionPeriod(ErasureAction action, Period after, String countedFrom, String rule) {
    }
}
