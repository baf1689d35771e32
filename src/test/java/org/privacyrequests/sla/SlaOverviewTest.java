package org.privacyrequests.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.privacyrequests.requests.RequestOutcome;
import org.privacyrequests.sla.SlaOverview.HandlingTime;
import org.privacyrequests.sla.SlaOverview.OpenWork;
import org.privacyrequests.sla.SlaOverview.OutcomeCount;
import org.privacyrequests.support.ProcessScenario;
import org.privacyrequests.support.ProductTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The managers' SLA overview. Other scenarios leave requests in the shared database, so these compare the
 * overview before and after adding cases of their own.
 */
@ProductTest
class SlaOverviewTest extends ProcessScenario {

    @Autowired SlaOverviewQuery query;
    @Autowired DataSubjectRequestRepository requests;
    @Autowired TestRestTemplate http;

    @AfterEach
    void removeOwnCases() {
        jdbc.update("DELETE FROM data_subject_request WHERE reference LIKE 'SLA-%'");
        jdbc.update("DELETE FROM privacy_complaint WHERE reference LIKE 'SLA-%'");
    }

    @Test
    void open_cases_are_counted_by_days_left_and_extended_ones_apart() {
        SlaOverview before = query.read();

        openRequest("SLA-1", NOW.minus(Duration.ofDays(1)), null);
        openRequest("SLA-2", NOW.plus(Duration.ofDays(3)), null);
        openRequest("SLA-3", NOW.plus(Duration.ofDays(6).plusHours(23)), null);
        openRequest("SLA-4", NOW.plus(Duration.ofDays(20)), "Complex request with many systems");
        openComplaint("SLA-5", NOW.minus(Duration.ofHours(1)));
        SlaOverview after = query.read();

        assertThat(difference(after.open(), before.open())).isEqualTo(new OpenWork("all", 2, 2, 1, 1));
        assertThat(difference(kind(after, "request"), kind(before, "request"))).isEqualTo(new OpenWork("request", 1, 2, 1, 1));
        assertThat(difference(kind(after, "complaint"), kind(before, "complaint"))).isEqualTo(new OpenWork("complaint", 1, 0, 0, 0));
    }

    @Test
    void handling_time_per_month_gives_median_and_90th_percentile_and_outcomes_count_per_right() {
        // A month nobody else closes anything in: the demo history lies in the year before the first start.
        moveClockTo(Instant.parse("2031-03-15T09:00:00Z"));
        SlaOverview before = query.read();
        for (int days = 1; days <= 10; days++) {
            Instant received = Instant.parse("2031-01-10T08:00:00Z");
            closedRequest("SLA-C" + days, received, received.plus(Duration.ofDays(days)), "access,erasure", RequestOutcome.ACCESS_ANSWERED, RequestOutcome.ERASED);
        }
        SlaOverview after = query.read();

        HandlingTime january = after.handlingTimeByMonth().stream().filter(h -> h.month().equals("2031-01") && h.kind().equals("request"))
                .findFirst().orElseThrow();
        assertThat(january.closed()).isEqualTo(10);
        assertThat(january.medianDays()).isCloseTo(5.5, within(0.01));
        assertThat(january.p90Days()).isCloseTo(9.1, within(0.01));
        assertThat(count(after, "access", "access answered") - count(before, "access", "access answered")).isEqualTo(10);
        assertThat(count(after, "erasure", "erased") - count(before, "erasure", "erased")).isEqualTo(10);
        assertThat(count(after, "access", "erased") - count(before, "access", "erased"))
                .as("an outcome that names another right does not count for access").isZero();
    }

    @Test
    void a_case_closed_just_after_midnight_in_amsterdam_counts_for_the_new_month_whatever_the_servers_zone() {
        moveClockTo(Instant.parse("2031-03-15T09:00:00Z"));
        // 23:30 UTC on 28 February is 00:30 on 1 March in Amsterdam.
        closedRequest("SLA-M1", Instant.parse("2031-02-20T09:00:00Z"), Instant.parse("2031-02-28T23:30:00Z"), "access", RequestOutcome.ACCESS_ANSWERED);

        SlaOverview overview = query.read();

        assertThat(overview.handlingTimeByMonth()).anySatisfy(h -> assertThat(h).satisfies(m -> {
            assertThat(m.month()).isEqualTo("2031-03");
            assertThat(m.closed()).isEqualTo(1);
        })).noneSatisfy(h -> assertThat(h.month()).isEqualTo("2031-02"));
    }

    @Test
    void only_managers_see_the_overview_and_a_person_without_a_login_is_sent_to_cockpit() {
        openRequest("SLA-6", NOW.minus(Duration.ofDays(2)), null);

        ResponseEntity<String> page = http.withBasicAuth("manager", "manager").getForEntity("/managers/sla-overview", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Open now, by time left", "id=\"open-chart\"", "Due within 7 days",
                "Handling time per month", "Outcomes per request type", "Retention sweeps (latest)");
        @SuppressWarnings("unchecked")
        Map<String, Object> figures = http.withBasicAuth("manager", "manager").getForObject("/api/sla-overview", Map.class);
        assertThat((Map<String, Object>) figures.get("open")).containsKeys("overdue", "dueThisWeek", "later", "extended", "total");

        assertThat(http.withBasicAuth("support", "support").getForEntity("/managers/sla-overview", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("support", "support").getForEntity("/api/sla-overview", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> anonymous = http.getForEntity("/managers/sla-overview", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getBody()).contains("Log in to Cockpit").doesNotContain("SLA-6");
    }

    @Test
    void cockpit_loads_the_dashboard_section_that_links_to_the_overview() {
        assertThat(http.getForObject("/camunda/app/cockpit/scripts/config.js", String.class)).contains("sla-overview-plugin");
        assertThat(http.getForObject("/camunda/app/cockpit/scripts/sla-overview-plugin.js", String.class))
                .contains("cockpit.dashboard", "/api/sla-overview", "/managers/sla-overview");
    }

    private void openRequest(String reference, Instant deadline, String extensionReason) {
        jdbc.update("INSERT INTO data_subject_request (reference, requester_email, request_types, language, channel, received_at, "
                        + "deadline, extension_reason, status) VALUES (?, 'sla@example.com', 'access', 'nl', 'api', ?, ?, ?, 'OPEN')",
                reference, Timestamp.from(deadline.minus(Duration.ofDays(28))), Timestamp.from(deadline), extensionReason);
    }

    private void openComplaint(String reference, Instant deadline) {
        jdbc.update("INSERT INTO privacy_complaint (reference, complainant_email, language, channel, received_at, deadline, status) "
                + "VALUES (?, 'sla@example.com', 'nl', 'api', ?, ?, 'OPEN')", reference, Timestamp.from(deadline.minus(Duration.ofDays(28))),
                Timestamp.from(deadline));
    }

    /** A request closed with these outcomes, recorded as the process records them. */
    private void closedRequest(String reference, Instant received, Instant closed, String types, RequestOutcome... outcomes) {
        jdbc.update("INSERT INTO data_subject_request (reference, requester_email, request_types, language, channel, received_at, "
                        + "deadline, status, closed_at) VALUES (?, 'sla@example.com', ?, 'nl', 'api', ?, ?, 'CLOSED', ?)",
                reference, types, Timestamp.from(received), Timestamp.from(received.plus(Duration.ofDays(28))), Timestamp.from(closed));
        for (RequestOutcome outcome : outcomes) {
            requests.addOutcome(reference, outcome);
        }
    }

    private static OpenWork kind(SlaOverview overview, String kind) {
        return overview.openByKind().stream().filter(k -> k.kind().equals(kind)).findFirst().orElseThrow();
    }

    private static OpenWork difference(OpenWork after, OpenWork before) {
        return new OpenWork(after.kind(), after.overdue() - before.overdue(), after.dueThisWeek() - before.dueThisWeek(),
                after.later() - before.later(), after.extended() - before.extended());
    }

    private static long count(SlaOverview overview, String type, String outcome) {
        return overview.outcomes().stream().filter(c -> c.type().equals(type) && c.outcome().equals(outcome))
                .mapToLong(OutcomeCount::count).sum();
    }
}
