package org.privacyrequests.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.engine.EngineClock;
import org.privacyrequests.lookup.DataCategory;
import org.privacyrequests.lookup.PersonalDataSource.ErasureAction;
import org.privacyrequests.lookup.PersonalRecord;
import org.privacyrequests.lookup.ProcessingRole;
import org.privacyrequests.policy.RetentionRule.CountedFrom;
import org.privacyrequests.policy.RetentionRule.OnRequest;
import org.privacyrequests.support.DecisionTables;

/**
 * The one retention policy as its three readers get it, with the real table and the clock set to 29 November 2026:
 * what an erasure request does to a record (the erasure plan), the period the daily sweep enforces on a table, and the
 * period and end date the access answer states. Art. 5(1)(e) (storage limitation) and Art. 13(2)(a), 15(1)(d) (the
 * period told to the person) ask that these are one and the same.
 */
class RetentionPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    /** The first user's company: its time zone is Amsterdam's. */
    private static final CompanyProperties COMPANY = new CompanyProperties("Picqer B.V.", "support@picqer.com", "support@picqer.com",
            "privacy@picqer.com", "nl", null, ZoneId.of("Europe/Amsterdam"));

    // The product's clock follows the engine clock, which each scenario sets.
    private final RetentionPolicy policy = new RetentionPolicy(
            new DecisionTables().with("processes/retention-policy.dmn", RetentionPolicy.DECISION_KEY), new EngineClock(COMPANY.zone()), COMPANY);

    @BeforeEach
    void itIsNoonOnTheTwentyNinthOfNovember() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-29T11:00:00Z")));
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    // The period each category has, for all three readers.

    @Test
    void art_5_1_e_every_category_of_the_demo_company_has_a_row_of_its_own_and_one_period_whether_or_not_the_relationship_runs() {
        List<DataCategory> categories = demoCompanysCategories();
        assertThat(categories).extracting(DataCategory::code)
                .containsExactly("contact", "account", "financial", "order", "shipment", "usage", "correspondence");
        for (DataCategory category : categories) {
            for (ProcessingRole role : ProcessingRole.values()) {
                RetentionRule running = policy.rule(role, category, "Customer accounts", category.code(), true);
                RetentionRule ended = policy.rule(role, category, "Customer accounts", category.code(), false);
                assertThat(running.period()).as(role + " " + category.code()).isEqualTo(ended.period());
                assertThat(running.countedFrom()).as(role + " " + category.code()).isEqualTo(ended.countedFrom());
                assertThat(running.then()).as(role + " " + category.code()).isEqualTo(ended.then());
                boolean processorCategory = category.equals(new DataCategory("order")) || category.equals(new DataCategory("shipment"));
                if (role == ProcessingRole.PROCESSOR || !processorCategory) {
                    // The demo company holds orders and shipments only for webshops: only those rows need a period.
                    assertThat(ended.swept()).as(role + " " + category.code() + ": " + ended.rule()).isTrue();
                }
            }
        }
    }

    @Test
    void art_13_2_a_the_periods_of_the_privacy_statement() {
        assertThat(sweptBy(ProcessingRole.CONTROLLER, new DataCategory("usage"))).isEqualTo(new RetentionRule(Period.ofMonths(14),
                CountedFrom.RECORD_DATE, ErasureAction.ANONYMISE, OnRequest.ANONYMISE, null,
                "Website visitor data: anonymised 14 months after the visit"));
        assertThat(sweptBy(ProcessingRole.CONTROLLER, new DataCategory("account"))).isEqualTo(new RetentionRule(Period.ofDays(30),
                CountedFrom.RELATIONSHIP_END, ErasureAction.ERASE, OnRequest.ERASE, null,
                "Account data: erased 30 days after the subscription is cancelled"));
        assertThat(sweptBy(ProcessingRole.CONTROLLER, new DataCategory("financial")).period()).isEqualTo(Period.ofYears(7));
        assertThat(sweptBy(ProcessingRole.CONTROLLER, new DataCategory("correspondence")).period()).isEqualTo(Period.ofYears(5));
        assertThat(sweptBy(ProcessingRole.CONTROLLER, new DataCategory("contact")).period()).isEqualTo(Period.ofYears(2));
        assertThat(sweptBy(ProcessingRole.PROCESSOR, new DataCategory("order"))).isEqualTo(new RetentionRule(Period.ofDays(30),
                CountedFrom.RELATIONSHIP_END, ErasureAction.ERASE, OnRequest.KEEP, "processor-contract",
                "Data held for a webshop: erased 30 days after the webshop cancels"));
    }

    @Test
    void art_15_1_d_the_access_answer_gets_the_day_a_records_period_is_over_once_it_is_known() {
        assertThat(policy.storagePeriod(record(new DataCategory("usage"), true, null, LocalDate.of(2026, 9, 15))).endsOn())
                .as("14 months after the visit").isEqualTo(LocalDate.of(2027, 11, 15));
        assertThat(policy.storagePeriod(record(new DataCategory("financial"), false, LocalDate.of(2024, 3, 31), LocalDate.of(2019, 5, 1))).endsOn())
                .as("7 years after the relationship ended").isEqualTo(LocalDate.of(2031, 3, 31));
        assertThat(policy.storagePeriod(record(new DataCategory("contact"), true, null, LocalDate.of(2020, 5, 5))).endsOn())
                .as("while the relationship runs, its end is not known").isNull();
    }

    // What an erasure request does to a record (the erasure plan).

    @Test
    void art_17_3_b_an_invoice_of_a_customer_who_left_two_years_ago_is_kept_until_seven_years_after_they_left() {
        assertThat(policy.onErasureRequest(record(new DataCategory("financial"), false, LocalDate.of(2024, 6, 30), LocalDate.of(2023, 1, 10))))
                .isEqualTo(new RetentionDecision(ErasureAction.KEEP, LocalDate.of(2031, 6, 30), null, Period.ofYears(7),
                        "fiscal-retention"));
    }

    @Test
    void an_invoice_of_a_customer_who_left_more_than_seven_years_ago_is_erased() {
        assertThat(policy.onErasureRequest(record(new DataCategory("financial"), false, LocalDate.of(2019, 1, 15), LocalDate.of(2018, 3, 1))))
                .isEqualTo(new RetentionDecision(ErasureAction.ERASE, null, null, null, null));
    }

    @Test
    void an_invoice_of_a_current_customer_is_kept_for_seven_years_after_a_relationship_end_that_has_no_date_yet() {
        assertThat(policy.onErasureRequest(record(new DataCategory("financial"), true, null, LocalDate.of(2025, 2, 1))))
                .isEqualTo(new RetentionDecision(ErasureAction.KEEP, null, "after-relationship", Period.ofYears(7),
                        "fiscal-retention"));
    }

    @Test
    void contact_details_and_account_users_of_a_current_customer_are_kept_while_they_are_a_customer() {
        assertThat(policy.onErasureRequest(record(new DataCategory("contact"), true, null, LocalDate.of(2020, 5, 5))))
                .isEqualTo(new RetentionDecision(ErasureAction.KEEP, null, "while-customer", null, "contract"));
        assertThat(policy.onErasureRequest(record(new DataCategory("account"), true, null, null)))
                .isEqualTo(new RetentionDecision(ErasureAction.KEEP, null, "while-customer", null, "contract"));
    }

    @Test
    void art_17_1_c_contact_details_and_account_users_of_a_former_customer_are_erased_before_their_period_is_over() {
        assertThat(policy.onErasureRequest(record(new DataCategory("contact"), false, LocalDate.of(2026, 10, 1), LocalDate.of(2020, 5, 5))))
                .isEqualTo(new RetentionDecision(ErasureAction.ERASE, null, null, null, null));
        assertThat(policy.onErasureRequest(record(new DataCategory("account"), false, LocalDate.of(2026, 11, 20), null)))
                .isEqualTo(new RetentionDecision(ErasureAction.ERASE, null, null, null, null));
    }

    @Test
    void art_17_3_e_an_email_is_kept_until_five_years_after_it_was_received() {
        assertThat(policy.onErasureRequest(record(new DataCategory("correspondence"), false, LocalDate.of(2024, 1, 1), LocalDate.of(2023, 2, 1))))
                .isEqualTo(new RetentionDecision(ErasureAction.KEEP, LocalDate.of(2028, 2, 1), null, Period.ofYears(5),
                        "legal-claims"));
    }

    @Test
    void on_the_day_its_five_years_are_over_an_email_is_erased() {
        assertThat(policy.onErasureRequest(record(new DataCategory("correspondence"), true, null, TODAY.minusYears(5))).action())
                .isEqualTo(ErasureAction.ERASE);
        assertThat(policy.onErasureRequest(record(new DataCategory("correspondence"), true, null, TODAY.minusYears(5).plusDays(1))).keepUntil())
                .isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void the_day_is_counted_in_amsterdam_so_half_past_midnight_there_is_already_the_next_day() {
        // 23:30 UTC on 29 November is 00:30 on 30 November in Amsterdam.
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-29T23:30:00Z")));
        assertThat(policy.onErasureRequest(record(new DataCategory("correspondence"), true, null, LocalDate.of(2021, 11, 30))).action())
                .isEqualTo(ErasureAction.ERASE);
    }

    @Test
    void website_visits_are_anonymised_at_once_on_request() {
        assertThat(policy.onErasureRequest(record(new DataCategory("usage"), true, null, LocalDate.of(2026, 11, 1))))
                .isEqualTo(new RetentionDecision(ErasureAction.ANONYMISE, null, null, null, null));
    }

    /** The rule the sweep enforces on a table named after its category, in a source no rule singles out. */
    private RetentionRule sweptBy(ProcessingRole role, DataCategory category) {
        return policy.sweptBy(role, category, "Customer accounts", category.code());
    }

    /** The categories of the demo company's connector configuration, as written there. */
    @SuppressWarnings("unchecked")
    private static List<DataCategory> demoCompanysCategories() {
        try (var in = RetentionPolicyTest.class.getClassLoader().getResourceAsStream("connectors/demo-company.yml")) {
            Map<String, Object> file = new org.yaml.snakeyaml.Yaml().load(in);
            var connectors = (Map<String, Object>) ((Map<String, Object>) file.get("privacy")).get("connectors");
            return ((List<Map<String, Object>>) connectors.get("categories")).stream()
                    .map(c -> new DataCategory((String) c.get("code"))).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static PersonalRecord record(DataCategory category, boolean relationshipActive, LocalDate relationshipEndedOn,
                                         LocalDate recordDate) {
        return new PersonalRecord("Customer accounts", category.code(), "1", category, ProcessingRole.CONTROLLER, null,
                Map.of(), relationshipActive, relationshipEndedOn, recordDate);
    }
}
