package org.privacyrequests.support;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * One decision table of {@code processes/} on Camunda's standalone DMN engine (no Spring, no process engine), which
 * remembers the ids of the rules that answered, so a test can say which rule decided.
 */
public final class RecordingDecisionTable {

    private final DmnEngine engine;
    private final DmnDecision decision;
    private final List<String> matchedRules = new ArrayList<>();

    private RecordingDecisionTable(String resource, String decisionKey) throws Exception {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.<DmnDecisionTableEvaluationListener>of(
                (DmnDecisionTableEvaluationEvent event) -> event.getMatchingRules().stream()
                        .map(DmnEvaluatedDecisionRule::getId).forEach(matchedRules::add)));
        engine = configuration.buildEngine();
        try (InputStream table = RecordingDecisionTable.class.getClassLoader().getResourceAsStream(resource)) {
            decision = engine.parseDecision(decisionKey, table);
        }
    }

    public static RecordingDecisionTable parse(String resource, String decisionKey) throws Exception {
        return new RecordingDecisionTable(resource, decisionKey);
    }

    public DmnDecisionTableResult evaluate(VariableMap variables) {
        return engine.evaluateDecisionTable(decision, variables);
    }

    /** The ids of the rules that answered since {@link #forget()}. */
    public List<String> matchedRules() {
        return matchedRules;
    }

    public void forget() {
        matchedRules.clear();
    }
}
