package org.privacyrequests.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.privacyrequests.lookup.DataCategory;
import org.privacyrequests.lookup.PersonalDataSource.ErasureAction;
import org.privacyrequests.retention.RetentionPeriods.RetentionPeriod;
import org.privacyrequests.support.DecisionTables;

/** The daily sweep's periods as the service hands them on, read from the real retention-periods table. */
class RetentionPeriodsTest {

    private final RetentionPeriods periods = new RetentionPeriods(
            new DecisionTables().with("processes/retention-periods.dmn", RetentionPeriods.DECISION_KEY));

    @Test
    void account_data_comes_with_its_thirty_days_counted_from_the_cancellation() {
        assertThat(periods.of(DataCategory.ACCOUNT)).isEqualTo(new RetentionPeriod(ErasureAction.ERASE, Period.ofDays(30),
                "relationshipEnd", "Cancelled customer's account data: erased 30 days after cancellation"));
    }

    @Test
    void website_visits_come_with_their_fourteen_months_counted_from_the_visit() {
        assertThat(periods.of(DataCategory.USAGE)).isEqualTo(new RetentionPeriod(ErasureAction.ANONYMISE, Period.ofMonths(14),
                "recordDate", "Website visitor data: anonymised after 14 months"));
    }

    @Test
    void a_kept_category_comes_without_a_period_or_a_start() {
        assertThat(periods.of(DataCategory.CORRESPONDENCE)).isEqualTo(new RetentionPeriod(ErasureAction.KEEP, null, null,
                "E-mails to the company: kept"));
    }

    @Test
    void every_category_the_product_knows_is_either_swept_after_a_period_or_kept_on_purpose() {
        for (DataCategory category : DataCategory.values()) {
            RetentionPeriod period = periods.of(category);
            assertThat(period.rule()).as(category.code()).isNotBlank();
            if (period.action() != ErasureAction.KEEP) {
                assertThat(period.after()).as(category.code()).isNotNull();
                assertThat(period.countedFrom()).as(category.code()).isIn("relationshipEnd", "recordDate");
            }
        }
    }
}
