package org.privacyrequests.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
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

/**
 * A second company's policy can single out one table: the policy hands the decision the source and the table besides
 * the category, so a repair shop keeps its repairs a year after the repair (its warranty) while its other contact
 * details follow the customer relationship. The table is {@code policy/retention-policy-with-a-table-rule.dmn}.
 */
class RetentionPolicyForOneTableTest {

    private static final CompanyProperties COMPANY = new CompanyProperties("Repair B.V.", "support@example.org", "support@example.org",
            "privacy@example.org", "nl", null, ZoneId.of("Europe/Amsterdam"));
    private static final DataCategory CONTACT = new DataCategory("contact");

    private final RetentionPolicy policy = new RetentionPolicy(new org.privacyrequests.support.DecisionTables()
            .with("policy/retention-policy-with-a-table-rule.dmn", RetentionPolicy.DECISION_KEY), new EngineClock(COMPANY.zone()), COMPANY);

    @BeforeEach
    void itIsTheTwentyNinthOfNovember() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-29T11:00:00Z")));
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void the_repairs_table_has_a_rule_of_its_own_and_the_other_contact_details_of_the_same_category_do_not() {
        RetentionRule repairs = policy.sweptBy(ProcessingRole.CONTROLLER, CONTACT, "Workshop", "repair");
        assertThat(repairs.period()).isEqualTo(Period.ofYears(1));
        assertThat(repairs.countedFrom()).isEqualTo(CountedFrom.RECORD_DATE);
        assertThat(repairs.rule()).isEqualTo("Repairs: erased 1 year after the repair (warranty)");

        assertThat(policy.sweptBy(ProcessingRole.CONTROLLER, CONTACT, "Workshop", "customer").rule())
                .as("another table of the same source").isEqualTo("Customer contact details: erased 2 years after the relationship ends");
        assertThat(policy.sweptBy(ProcessingRole.CONTROLLER, CONTACT, "Webshop", "repair").rule())
                .as("a table of the same name in another source").isEqualTo("Customer contact details: erased 2 years after the relationship ends");
    }

    @Test
    void an_erasure_request_keeps_a_repair_until_a_year_after_it_and_erases_the_customers_other_contact_details() {
        PersonalRecord repair = new PersonalRecord("Workshop", "repair", "R-7", CONTACT, ProcessingRole.CONTROLLER, null, Map.of(),
                false, LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 2));
        assertThat(policy.onErasureRequest(repair)).isEqualTo(new RetentionDecision(ErasureAction.KEEP, LocalDate.of(2027, 3, 2), null,
                Period.ofYears(1), "legal-claims"));
        PersonalRecord customer = new PersonalRecord("Workshop", "customer", "C-3", CONTACT, ProcessingRole.CONTROLLER, null, Map.of(),
                false, LocalDate.of(2026, 1, 31), LocalDate.of(2020, 3, 2));
        assertThat(policy.onErasureRequest(customer).action()).isEqualTo(ErasureAction.ERASE);
    }
}
