package org.privacyrequests.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.dmn.DecisionEvaluationBuilder;
import org.camunda.bpm.engine.dmn.DecisionsEvaluationBuilder;

/**
 * The product's DMN tables (processes/*.dmn) on Camunda's standalone DMN engine, behind the {@link DecisionService}
 * a service asks: a unit test gets the real table without a process engine. Only evaluation by key is offered,
 * which is all the services use.
 */
public final class DecisionTables implements DecisionService {

    private final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> decisions = new HashMap<>();

    /** A decision of a table file on the classpath, such as {@code processes/retention-policy.dmn}. */
    public DecisionTables with(String table, String decisionKey) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(table)) {
            if (in == null) {
                throw new IllegalArgumentException("No " + table + " on the classpath");
            }
            decisions.put(decisionKey, engine.parseDecision(decisionKey, in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public DecisionsEvaluationBuilder evaluateDecisionByKey(String key) {
        DmnDecision decision = decisions.get(key);
        if (decision == null) {
            throw new IllegalArgumentException("No decision " + key + " was loaded");
        }
        Map<String, Object> variables = new HashMap<>();
        return new DecisionsEvaluationBuilder() {
            @Override
            public DecisionsEvaluationBuilder variables(Map<String, Object> values) {
                variables.putAll(values);
                return this;
            }

            @Override
            public DmnDecisionResult evaluate() {
                return engine.evaluateDecision(decision, variables);
            }

            @Override
            public DecisionsEvaluationBuilder decisionDefinitionTenantId(String tenantId) {
                throw new UnsupportedOperationException("tenants");
            }

            @Override
            public DecisionsEvaluationBuilder decisionDefinitionWithoutTenantId() {
                throw new UnsupportedOperationException("tenants");
            }

            @Override
            public DecisionsEvaluationBuilder version(Integer version) {
                throw new UnsupportedOperationException("versions");
            }
        };
    }

    @Override
    public DecisionsEvaluationBuilder evaluateDecisionById(String id) {
        throw new UnsupportedOperationException("evaluation by id");
    }

    @Override
    public DmnDecisionTableResult evaluateDecisionTableById(String id, Map<String, Object> variables) {
        throw new UnsupportedOperationException("evaluation by id");
    }

    @Override
    public DmnDecisionTableResult evaluateDecisionTableByKey(String key, Map<String, Object> variables) {
        throw new UnsupportedOperationException("use evaluateDecisionByKey");
    }

    @Override
    public DmnDecisionTableResult evaluateDecisionTableByKeyAndVersion(String key, Integer version, Map<String, Object> variables) {
        throw new UnsupportedOperationException("versions");
    }

    @Override
    public DecisionEvaluationBuilder evaluateDecisionTableByKey(String key) {
        throw new UnsupportedOperationException("use evaluateDecisionByKey");
    }

    @Override
    public DecisionEvaluationBuilder evaluateDecisionTableById(String id) {
        throw new UnsupportedOperationException("evaluation by id");
    }
}
