package org.privacyrequests.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.privacyrequests.support.RecordingDecisionTable;

/**
 * Each row of {@code processes/retention-policy.dmn}, hit once by inputs meant for exactly that row, on Camunda's
 * standalone DMN engine: no Spring, no process engine, milliseconds. The table's hit policy is FIRST, so each test
 * also checks which row answered. The rows come from the privacy statement's retention section.
 */
class RetentionPolicyTableTest {

    private static final String TABLE = "processes/retention-policy.dmn";

    private static RecordingDecisionTable policy;

    @BeforeAll
    static void parseTheTable() throws Exception {
        policy = RecordingDecisionTable.parse(TABLE, RetentionPolicy.DECISION_KEY);
    }

    @BeforeEach
    void noRowAnsweredYet() {
        policy.forget();
    }

    @Test
    void processor_data_of_any_category_is_erased_30_days_after_the_webshop_cancels_whatever_the_consumer_asks() {
        Map<String, Object> webshopsContract = Map.of("period", "P30D", "countedFrom", "relationshipEnd", "then", "erase",
                "onRequest", "keep", "ground", "processor-contract",
                "rule", "Data held for a webshop: erased 30 days after the webshop cancels");
        assertThat(decide("processor", "order", true)).isEqualTo(webshopsContract);
        assertThat(decide("processor", "shipment", false)).isEqualTo(webshopsContract);
        assertThat(policy.matchedRules()).containsExactly("Rule_ProcessorDataFollowsTheWebshopsContract",
                "Rule_ProcessorDataFollowsTheWebshopsContract");
    }

    @Test
    void financial_records_are_kept_seven_years_after_the_relationship_ends_and_an_erasure_request_cannot_shorten_that() {
        assertThat(decide("controller", "financial", false)).isEqualTo(Map.of("period", "P7Y", "countedFrom", "relationshipEnd",
                "then", "erase", "onRequest", "keep", "ground", "fiscal-retention",
                "rule", "Financial records: erased 7 years after the relationship ends"));
        assertThat(decide("controller", "financial", true)).containsEntry("period", "P7Y");
        assertThat(policy.matchedRules()).containsExactly("Rule_FinancialRecordsSevenYears", "Rule_FinancialRecordsSevenYears");
    }

    @Test
    void contact_details_of_a_current_customer_are_kept_while_the_contract_runs() {
        assertThat(decide("controller", "contact", true)).isEqualTo(Map.of("period", "P2Y", "countedFrom", "relationshipEnd",
                "then", "erase", "onRequest", "keep-while-customer", "ground", "contract",
                "rule", "Customer contact details: erased 2 years after the relationship ends"));
        assertThat(rowThatAnswered()).isEqualTo("Rule_ContactDetailsWhileCustomer");
    }

    @Test
    void contact_details_of_a_former_customer_are_kept_two_years_for_a_return_but_erased_at_once_on_request() {
        assertThat(decide("controller", "contact", false)).isEqualTo(Map.of("period", "P2Y", "countedFrom", "relationshipEnd",
                "then", "erase", "onRequest", "erase", "ground", "returning-customer",
                "rule", "Customer contact details: erased 2 years after the relationship ends"));
        assertThat(rowThatAnswered()).isEqualTo("Rule_ContactDetailsOfAFormerCustomer");
    }

    @Test
    void account_users_of_a_running_subscription_are_kept_while_the_contract_runs() {
        assertThat(decide("controller", "account", true)).isEqualTo(Map.of("period", "P30D", "countedFrom", "relationshipEnd",
                "then", "erase", "onRequest", "keep-while-customer", "ground", "contract",
                "rule", "Account data: erased 30 days after the subscription is cancelled"));
        assertThat(rowThatAnswered()).isEqualTo("Rule_AccountWhileCustomer");
    }

    @Test
    void account_users_of_a_cancelled_subscription_go_30_days_after_it_or_at_once_on_request() {
        // Empty output cells are left out of the result: RetentionPolicy reads them as null.
        assertThat(decide("controller", "account", false)).isEqualTo(Map.of("period", "P30D", "countedFrom", "relationshipEnd",
                "then", "erase", "onRequest", "erase", "rule", "Account data: erased 30 days after the subscription is cancelled"));
        assertThat(rowThatAnswered()).isEqualTo("Rule_AccountOfACancelledSubscription");
    }

    @Test
    void an_email_is_kept_five_years_from_its_date_as_evidence_of_what_was_agreed() {
        assertThat(decide("controller", "correspondence", true)).isEqualTo(Map.of("period", "P5Y", "countedFrom", "recordDate",
                "then", "erase", "onRequest", "keep", "ground", "legal-claims",
                "rule", "E-mails to the company: erased 5 years after they were received"));
        assertThat(rowThatAnswered()).isEqualTo("Rule_EmailsFiveYears");
    }

    @Test
    void website_visits_are_anonymised_fourteen_months_after_the_visit_or_at_once_on_request() {
        assertThat(decide("controller", "usage", false)).isEqualTo(Map.of("period", "P14M", "countedFrom", "recordDate",
                "then", "anonymise", "onRequest", "anonymise", "rule", "Website visitor data: anonymised 14 months after the visit"));
        assertThat(rowThatAnswered()).isEqualTo("Rule_WebsiteVisitsFourteenMonths");
    }

    @Test
    void a_category_without_a_row_of_its_own_is_never_swept_and_erased_on_request() {
        assertThat(decide("controller", "order", false)).isEqualTo(Map.of("then", "keep", "onRequest", "erase",
                "rule", "No retention period set: not swept, erased on request"));
        assertThat(decide("controller", "pets", true)).containsEntry("then", "keep");
        assertThat(policy.matchedRules()).containsExactly("Rule_NoPeriodSet", "Rule_NoPeriodSet");
    }

    @Test
    void every_row_in_the_table_has_a_scenario_here() throws Exception {
        // A new row in the table fails this test until a scenario above hits it.
        try (InputStream table = getClass().getClassLoader().getResourceAsStream(TABLE)) {
            assertThat(Dmn.readModelFromStream(table).getModelElementsByType(Rule.class)).extracting(Rule::getId)
                    .containsExactlyInAnyOrder("Rule_ProcessorDataFollowsTheWebshopsContract", "Rule_FinancialRecordsSevenYears",
                            "Rule_ContactDetailsWhileCustomer", "Rule_ContactDetailsOfAFormerCustomer", "Rule_AccountWhileCustomer",
                            "Rule_AccountOfACancelledSubscription", "Rule_EmailsFiveYears", "Rule_WebsiteVisitsFourteenMonths",
                            "Rule_NoPeriodSet");
        }
    }

    private Map<String, Object> decide(String role, String category, boolean relationshipActive) {
        return policy.evaluate(Variables.createVariables()
                        .putValue("role", role)
                        .putValue("category", category)
                        // The built-in rows hold for every source and table: the demo's own names change nothing.
                        .putValue("source", "Customer accounts")
                        .putValue("table", category)
                        .putValue("relationshipActive", relationshipActive))
                .getSingleResult().getEntryMap();
    }

    private String rowThatAnswered() {
        assertThat(policy.matchedRules()).hasSize(1);
        return policy.matchedRules().get(0);
    }
}
