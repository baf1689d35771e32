package org.privacyrequests.deadlines;

import java.time.ZoneId;
import org.privacyrequests.company.CompanyProperties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;

/**
 * The Art. 12(3) dates worked out from the configured periods, counted in the company's time zone: a request
 * received at ten in the morning is due at ten in the morning, in summer and winter time alike.
 */
class DeadlinesTest {

    /** The first user's company: its time zone is Amsterdam's. */
    private static final CompanyProperties COMPANY = new CompanyProperties("Picqer B.V.", "support@picqer.com", "support@picqer.com",
            "privacy@picqer.com", "nl", null, ZoneId.of("Europe/Amsterdam"));


    private final Deadlines deadlines = deadlines(
            new DeadlineProperties(Period.ofDays(28), Period.ofDays(7), Period.ofDays(14), 2));

    @Test
    void a_request_received_in_winter_time_is_due_four_weeks_later_at_the_same_hour_of_summer_time() {
        // 20 March 2026, 10:00 in Amsterdam (UTC+1); the clocks go forward on 29 March.
        Instant received = Instant.parse("2026-03-20T09:00:00Z");
        assertThat(deadlines.deadlineFor(received)).isEqualTo(Instant.parse("2026-04-17T08:00:00Z"));
    }

    @Test
    void a_request_received_on_an_ordinary_day_is_due_twenty_eight_days_later() {
        assertThat(deadlines.deadlineFor(Instant.parse("2026-06-01T12:30:00Z"))).isEqualTo(Instant.parse("2026-06-29T12:30:00Z"));
    }

    @Test
    void support_is_reminded_a_week_before_the_deadline_at_the_same_hour_across_the_change_to_winter_time() {
        // Due 30 October 2026, 10:00 in Amsterdam (UTC+1); a week earlier it is summer time (UTC+2).
        Instant deadline = Instant.parse("2026-10-30T09:00:00Z");
        assertThat(deadlines.reminderFor(deadline)).isEqualTo(Instant.parse("2026-10-23T08:00:00Z"));
    }

    @Test
    void the_days_left_are_calendar_days_in_the_companys_zone_so_a_reminder_a_moment_late_still_says_seven() {
        Instant deadline = Instant.parse("2026-12-24T09:00:00Z"); // 24 December, 10:00 in Amsterdam
        assertThat(deadlines.daysLeft(deadline, Instant.parse("2026-12-17T09:00:01Z"))).isEqualTo(7);
        assertThat(deadlines.daysLeft(deadline, Instant.parse("2026-12-17T22:59:59Z"))).as("23:59 in Amsterdam").isEqualTo(7);
        assertThat(deadlines.daysLeft(deadline, Instant.parse("2026-12-17T23:00:00Z"))).as("midnight in Amsterdam").isEqualTo(6);
        assertThat(deadlines.daysLeft(deadline, Instant.parse("2026-12-24T20:00:00Z"))).as("the day itself, after the hour").isZero();
        assertThat(deadlines.daysLeft(deadline, Instant.parse("2026-12-31T08:00:00Z"))).as("a week late").isEqualTo(-7);
    }

    @Test
    void a_deadline_of_one_month_from_the_thirty_first_of_january_ends_on_the_last_day_of_february() {
        Deadlines monthly = deadlines(new DeadlineProperties(Period.ofMonths(1), Period.ofDays(7), Period.ofDays(14), 2));
        assertThat(monthly.deadlineFor(Instant.parse("2026-01-31T09:00:00Z"))).isEqualTo(Instant.parse("2026-02-28T09:00:00Z"));
    }

    @Test
    void the_requester_has_fourteen_days_to_prove_identity_as_a_timer_period_and_in_the_mail() {
        assertThat(deadlines.identityAnswerPeriod()).isEqualTo("P14D");
        assertThat(deadlines.identityAnswerDays()).isEqualTo(14);
    }

    @Test
    void a_month_to_prove_identity_is_told_as_thirty_days() {
        Deadlines monthAndAWeek = deadlines(new DeadlineProperties(Period.ofDays(28), Period.ofDays(7),
                Period.of(0, 1, 7), 2));
        assertThat(monthAndAWeek.identityAnswerPeriod()).isEqualTo("P1M7D");
        assertThat(monthAndAWeek.identityAnswerDays()).isEqualTo(37);
    }

    private static Deadlines deadlines(DeadlineProperties properties) {
        return new Deadlines(properties, COMPANY);
    }
}
