package org.privacyrequests.retention;

import org.privacyrequests.support.RecordingDecisionTable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@code processes/retention-periods.dmn} (how long the daily sweep lets each category live), hit once
 * by inputs meant for exactly that rule, on Camunda's standalone DMN engine: no Spring, no process engine,
 * milliseconds. The table's hit policy is FIRST, so each test also checks which rule answered.
 */
class RetentionPeriodsTableTest {

    private static final String TABLE = "processes/retention-periods.dmn";

    private static RecordingDecisionTable rules;

    @BeforeAll
    static void parseTheTable() throws Exception {
        rules = RecordingDecisionTable.parse(TABLE, RetentionPeriods.DECISION_KEY);
    }

    @BeforeEach
    void noRuleAnsweredYet() {
        rules.forget();
    }

    @Test
    void a_cancelled_customers_account_data_is_erased_thirty_days_after_cancellation() {
        assertThat(periodFor("account")).isEqualTo(Map.of("action", "erase", "after", "P30D", "countedFrom", "relationshipEnd",
                "rule", "Cancelled customer's account data: erased 30 days after cancellation"));
        assertThat(ruleThatAnswered()).isEqualTo("Rule_AccountDataAfterCancellation");
    }

    @Test
    void website_visits_are_anonymised_fourteen_months_after_the_visit() {
        assertThat(periodFor("usage")).isEqualTo(Map.of("action", "anonymise", "after", "P14M", "countedFrom", "recordDate",
                "rule", "Website visitor data: anonymised after 14 months"));
        assertThat(ruleThatAnswered()).isEqualTo("Rule_WebsiteVisitsAfterFourteenMonths");
    }

    @Test
    void an_invoice_is_erased_seven_years_after_the_relationship_ends() {
        assertThat(periodFor("financial")).isEqualTo(Map.of("action", "erase", "after", "P7Y", "countedFrom", "relationshipEnd",
                "rule", "Financial records: erased 7 years after the relationship ends"));
        assertThat(ruleThatAnswered()).isEqualTo("Rule_FinancialRecordsSevenYears");
    }

    @Test
    void contact_details_are_never_swept() {
        // Empty output cells are left out of the result: RetentionPeriods reads them as null.
        assertThat(periodFor("contact")).isEqualTo(Map.of("action", "keep",
                "rule", "Customer contact details: kept to help a returning customer"));
        assertThat(ruleThatAnswered()).isEqualTo("Rule_ContactDetailsKept");
    }

    @Test
    void emails_to_the_company_are_never_swept() {
        assertThat(periodFor("correspondence")).isEqualTo(Map.of("action", "keep", "rule", "E-mails to the company: kept"));
        assertThat(ruleThatAnswered()).isEqualTo("Rule_EmailsKept");
    }

    @Test
    void a_webshops_orders_and_shipments_are_left_to_the_webshop_that_controls_them() {
        Map<String, Object> webshopDecides = Map.of("action", "keep", "rule", "Webshop orders: the webshop (controller) decides");
        assertThat(periodFor("order")).isEqualTo(webshopDecides);
        assertThat(periodFor("shipment")).isEqualTo(webshopDecides);
        assertThat(rules.matchedRules()).containsExactly("Rule_ProcessorDataByTheWebshop", "Rule_ProcessorDataByTheWebshop");
    }

    @Test
    void a_category_without_a_period_of_its_own_is_kept_until_an_erasure_request_removes_it() {
        assertThat(periodFor("pets")).isEqualTo(Map.of("action", "keep", "rule", "No retention period set: kept"));
        assertThat(ruleThatAnswered()).isEqualTo("Rule_AnythingElseKept");
    }

    @Test
    void every_rule_in_the_table_has_a_scenario_here() throws Exception {
        // A new rule in the table fails this test until a scenario above hits it.
        try (InputStream table = getClass().getClassLoader().getResourceAsStream(TABLE)) {
            assertThat(Dmn.readModelFromStream(table).getModelElementsByType(Rule.class)).extracting(Rule::getId)
                    .containsExactlyInAnyOrder("Rule_AccountDataAfterCancellation", "Rule_WebsiteVisitsAfterFourteenMonths",
                            "Rule_FinancialRecordsSevenYears", "Rule_ContactDetailsKept", "Rule_EmailsKept",
                            "Rule_ProcessorDataByTheWebshop", "Rule_AnythingElseKept");
        }
    }

    private Map<String, Object> periodFor(String category) {
        return rules.evaluate(Variables.createVariables().putValue("category", category))
                .getSingleResult().getEntryMap();
    }

    private String ruleThatAnswered() {
        assertThat(rules.matchedRules()).hasSize(1);
        return rules.matchedRules().get(0);
    }
}
