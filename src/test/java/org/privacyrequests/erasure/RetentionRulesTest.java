package org.privacyrequests.erasure;

import java.time.ZoneId;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.engine.EngineClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.privacyrequests.lookup.DataCategory;
import org.privacyrequests.lookup.PersonalDataSource.ErasureAction;
import org.privacyrequests.lookup.PersonalRecord;
import org.privacyrequests.lookup.ProcessingRole;
import org.privacyrequests.support.DecisionTables;

/**
 * What an erasure request does to one record, with the real retention-rules table and the clock set to
 * 29 November 2026: the table decides per category, RetentionRules turns its periods into a date to keep until, or
 * into an erasure once the period is over.
 */
class RetentionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    /** The first user's company: its time zone is Amsterdam's. */
    private static final CompanyProperties COMPANY = new CompanyProperties("Picqer B.V.", "support@picqer.com", "support@picqer.com",
            "privacy@picqer.com", "nl", null, ZoneId.of("Europe/Amsterdam"));

    // The product's clock follows the engine clock, which each scenario sets.
    private final RetentionRules rules = new RetentionRules(
            new DecisionTables().with("processes/retention-rules.dmn", RetentionRules.DECISION_KEY), new EngineClock(COMPANY.zone()), COMPANY);

    @BeforeEach
    void itIsNoonOnTheTwentyNinthOfNovember() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-29T11:00:00Z")));
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void an_invoice_of_a_customer_who_left_two_years_ago_is_kept_until_seven_years_after_they_left() {
        assertThat(rules.decide(record(DataCategory.FINANCIAL, false, LocalDate.of(2024, 6, 30), LocalDate.of(2023, 1, 10))))
                .isEqualTo(new RetentionDecision(ErasureAction.KEEP, LocalDate.of(2031, 6, 30), null, Period.ofYears(7),
                        "fiscal-retention"));
    }

    @Test
    void an_invoice_of_a_customer_who_left_more_than_seven_years_ago_is_erased() {
        assertThat(rules.decide(record(DataCategory.FINANCIAL, false, LocalDate.of(2019, 1, 15), LocalDate.of(2018, 3, 1))))
                .isEqualTo(new RetentionDecision(ErasureAction.ERASE, null, null, null, null));
    }

    @Test
    void an_invoice_of_a_current_customer_is_kept_for_seven_years_after_a_relationship_end_that_has_no_date_yet() {
        assertThat(rules.decide(record(DataCategory.FINANCIAL, true, null, LocalDate.of(2025, 2, 1))))
                .isEqualTo(new RetentionDecision(ErasureAction.KEEP, null, "after-relationship", Period.ofYears(7),
                        "fiscal-retention"));
    }

    @Test
    void contact_details_of_a_current_customer_are_kept_while_they_are_a_customer() {
        assertThat(rules.decide(record(DataCategory.CONTACT, true, null, LocalDate.of(2020, 5, 5))))
                .isEqualTo(new RetentionDecision(ErasureAction.KEEP, null, "while-customer", null, "contract"));
    }

    @Test
    void contact_details_of_a_former_customer_are_erased() {
        assertThat(rules.decide(record(DataCategory.CONTACT, false, LocalDate.of(2026, 10, 1), LocalDate.of(2020, 5, 5))))
                .isEqualTo(new RetentionDecision(ErasureAction.ERASE, null, null, null, null));
    }

    @Test
    void an_email_is_kept_until_five_years_after_it_was_received() {
        assertThat(rules.decide(record(DataCategory.CORRESPONDENCE, false, LocalDate.of(2024, 1, 1), LocalDate.of(2023, 2, 1))))
                .isEqualTo(new RetentionDecision(ErasureAction.KEEP, LocalDate.of(2028, 2, 1), null, Period.ofYears(5),
                        "legal-claims"));
    }

    @Test
    void on_the_day_its_five_years_are_over_an_email_is_erased() {
        assertThat(rules.decide(record(DataCategory.CORRESPONDENCE, true, null, TODAY.minusYears(5))).action())
                .isEqualTo(ErasureAction.ERASE);
        assertThat(rules.decide(record(DataCategory.CORRESPONDENCE, true, null, TODAY.minusYears(5).plusDays(1))).keepUntil())
                .isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void the_day_is_counted_in_amsterdam_so_half_past_midnight_there_is_already_the_next_day() {
        // 23:30 UTC on 29 November is 00:30 on 30 November in Amsterdam.
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-29T23:30:00Z")));
        assertThat(rules.decide(record(DataCategory.CORRESPONDENCE, true, null, LocalDate.of(2021, 11, 30))).action())
                .isEqualTo(ErasureAction.ERASE);
    }

    @Test
    void website_visits_are_anonymised() {
        assertThat(rules.decide(record(DataCategory.USAGE, true, null, LocalDate.of(2026, 11, 1))))
                .isEqualTo(new RetentionDecision(ErasureAction.ANONYMISE, null, null, null, null));
    }

    private static PersonalRecord record(DataCategory category, boolean relationshipActive, LocalDate relationshipEndedOn,
                                         LocalDate recordDate) {
        return new PersonalRecord("Customer accounts", category.code(), "1", category, ProcessingRole.CONTROLLER, null,
                Map.of(), relationshipActive, relationshipEndedOn, recordDate);
    }
}
