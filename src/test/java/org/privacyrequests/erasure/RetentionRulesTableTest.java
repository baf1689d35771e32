package org.privacyrequests.erasure;

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
 * Each rule of {@code processes/retention-rules.dmn} (what an erasure request does to a record of each category),
 * hit once by inputs meant for exactly that rule, on Camunda's standalone DMN engine: no Spring, no process engine,
 * milliseconds. The table's hit policy is FIRST, so each test also checks which rule answered.
 */
class RetentionRulesTableTest {

    private static final String TABLE = "processes/retention-rules.dmn";

    private static RecordingDecisionTable rules;

    @BeforeAll
    static void parseTheTable() throws Exception {
        rules = RecordingDecisionTable.parse(TABLE, RetentionRules.DECISION_KEY);
    }

    @BeforeEach
    void noRuleAnsweredYet() {
        rules.forget();
    }

    @Test
    void an_invoice_is_kept_seven_years_after_the_relationship_ends() {
        assertThat(decide("financial", false)).isEqualTo(Map.of(
                "action", "keep", "keepFor", "P7Y", "keepFrom", "relationshipEnd", "legalGround", "fiscal-retention"));
        assertThat(ruleThatAnswered()).isEqualTo("Rule_FinancialRecordsKeptSevenYears");
    }

    @Test
    void an_invoice_of_a_customer_who_still_pays_is_kept_by_the_same_seven_year_rule() {
        assertThat(decide("financial", true)).containsEntry("action", "keep").containsEntry("keepFor", "P7Y")
                .containsEntry("keepFrom", "relationshipEnd");
        assertThat(ruleThatAnswered()).isEqualTo("Rule_FinancialRecordsKeptSevenYears");
    }

    @Test
    void contact_details_of_a_current_customer_are_kept_while_the_contract_runs() {
        assertThat(decide("contact", true)).isEqualTo(Map.of(
                "action", "keep", "keepFrom", "whileCustomer", "legalGround", "contract"));
        assertThat(ruleThatAnswered()).isEqualTo("Rule_ContactKeptWhileCustomer");
    }

    @Test
    void account_users_of_a_running_subscription_are_kept_while_the_contract_runs() {
        assertThat(decide("account", true)).isEqualTo(Map.of(
                "action", "keep", "keepFrom", "whileCustomer", "legalGround", "contract"));
        assertThat(ruleThatAnswered()).isEqualTo("Rule_AccountKeptWhileCustomer");
    }

    @Test
    void an_email_is_kept_five_years_from_its_date_as_evidence_of_what_was_agreed() {
        assertThat(decide("correspondence", false)).isEqualTo(Map.of(
                "action", "keep", "keepFor", "P5Y", "keepFrom", "recordDate", "legalGround", "legal-claims"));
        assertThat(ruleThatAnswered()).isEqualTo("Rule_CorrespondenceKeptForClaims");
    }

    @Test
    void website_visits_are_anonymised_without_a_period_or_legal_ground() {
        // Empty output cells are left out of the result: RetentionRules reads them as null.
        assertThat(decide("usage", true)).isEqualTo(Map.of("action", "anonymise"));
        assertThat(ruleThatAnswered()).isEqualTo("Rule_WebsiteVisitsAnonymised");
    }

    @Test
    void contact_details_of_a_former_customer_are_erased() {
        assertThat(decide("contact", false)).isEqualTo(Map.of("action", "erase"));
        assertThat(ruleThatAnswered()).isEqualTo("Rule_EverythingElseErased");
    }

    @Test
    void account_users_of_a_cancelled_subscription_are_erased() {
        assertThat(decide("account", false)).isEqualTo(Map.of("action", "erase"));
        assertThat(ruleThatAnswered()).isEqualTo("Rule_EverythingElseErased");
    }

    @Test
    void orders_and_shipments_have_no_rule_of_their_own_and_are_erased() {
        assertThat(decide("order", true)).isEqualTo(Map.of("action", "erase"));
        assertThat(decide("shipment", false)).isEqualTo(Map.of("action", "erase"));
        assertThat(rules.matchedRules()).containsExactly("Rule_EverythingElseErased", "Rule_EverythingElseErased");
    }

    @Test
    void a_category_the_table_does_not_know_is_erased_rather_than_left_without_an_answer() {
        assertThat(decide("pets", false)).isEqualTo(Map.of("action", "erase"));
        assertThat(ruleThatAnswered()).isEqualTo("Rule_EverythingElseErased");
    }

    @Test
    void every_rule_in_the_table_has_a_scenario_here() throws Exception {
        // A new rule in the table fails this test until a scenario above hits it.
        try (InputStream table = getClass().getClassLoader().getResourceAsStream(TABLE)) {
            assertThat(Dmn.readModelFromStream(table).getModelElementsByType(Rule.class)).extracting(Rule::getId)
                    .containsExactlyInAnyOrder("Rule_FinancialRecordsKeptSevenYears", "Rule_ContactKeptWhileCustomer",
                            "Rule_AccountKeptWhileCustomer", "Rule_CorrespondenceKeptForClaims", "Rule_WebsiteVisitsAnonymised",
                            "Rule_EverythingElseErased");
        }
    }

    private Map<String, Object> decide(String category, boolean relationshipActive) {
        return rules.evaluate(Variables.createVariables()
                        .putValue("category", category)
                        .putValue("relationshipActive", relationshipActive))
                .getSingleResult().getEntryMap();
    }

    private String ruleThatAnswered() {
        assertThat(rules.matchedRules()).hasSize(1);
        return rules.matchedRules().get(0);
    }
}
