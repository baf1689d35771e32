package org.privacyrequests.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.privacyrequests.requests.RequestOutcome;
import org.privacyrequests.sla.SlaOverview.DueCase;
import org.privacyrequests.sla.SlaOverview.HandlingTime;
import org.privacyrequests.sla.SlaOverview.OpenWork;
import org.privacyrequests.sla.SlaOverview.OutcomeCount;
import org.privacyrequests.support.ProcessScenario;
import org.privacyrequests.support.ProductTest;
import org.privacyrequests.web.WebPages;
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
    @Autowired WebPages pages;

    /** Monday 7 June 1999, 10:00 in Amsterdam: before the other scenarios' deadlines, so that theirs are not overdue then. */
    private static final Instant SOME_MONDAY = Instant.parse("1999-06-07T08:00:00Z");

    @AfterEach
    void removeOwnCases() {
        jdbc.update("DELETE FROM data_subject_request WHERE reference LIKE 'SLA-%'");
        jdbc.update("DELETE FROM privacy_complaint WHERE reference LIKE 'SLA-%'");
        jdbc.update("DELETE FROM data_subject_request WHERE requester_email = 'sla.cockpit@example.com'");
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
        assertThat(count(after, "access", "ACCESS_ANSWERED") - count(before, "access", "ACCESS_ANSWERED")).isEqualTo(10);
        assertThat(count(after, "erasure", "ERASED") - count(before, "erasure", "ERASED")).isEqualTo(10);
        assertThat(after.outcomes()).filteredOn(c -> c.type().equals("access") && c.outcome().equals("ACCESS_ANSWERED"))
                .singleElement().satisfies(c -> {
                    assertThat(c.typeLabel()).as("in the staff language, Dutch").isEqualTo("inzage");
                    assertThat(c.outcomeLabel()).isEqualTo("inzage gegeven");
                });
        assertThat(count(after, "access", "ERASED") - count(before, "access", "ERASED"))
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
        assertThat(page.getBody()).contains("Nu open, naar resterende tijd", "id=\"open-chart\"", "Binnen 7 dagen",
                "Afhandeltijd per maand", "Uitkomsten per soort verzoek", "Bewaartermijnopschoningen (laatste)");
        @SuppressWarnings("unchecked")
        Map<String, Object> figures = http.withBasicAuth("manager", "manager").getForObject("/api/sla-overview", Map.class);
        assertThat((Map<String, Object>) figures.get("open")).containsKeys("overdue", "dueThisWeek", "later", "extended", "total");
        assertThat(figures).containsKeys("overdueCases", "dueSoonCases");

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
                .contains("cockpit.dashboard", "cockpit.processDefinition.runtime.tab", "cockpit.processInstance.runtime.tab",
                        "/api/sla-overview", "/api/sla-overview/deadlines", "/managers/sla-overview", "./sla-texts.js");
        ResponseEntity<String> texts = http.getForEntity("/camunda/app/cockpit/scripts/sla-texts.js", String.class);
        assertThat(texts.getStatusCode()).as("Cockpit loads its plugins before the login").isEqualTo(HttpStatus.OK);
        assertThat(texts.getHeaders().getContentType().toString()).startsWith("text/javascript");
        assertThat(texts.getBody()).startsWith("// Generated from web/texts_nl.properties")
                .contains("export default {", "\"sla.dashboard.title\":\"Termijnen (SLA-overzicht)\"", "\"sla.tab.label\":\"Termijnen\"")
                .doesNotContain("label.", "form.");
    }

    @Test
    void the_overdue_and_due_soon_requests_and_complaints_are_listed_by_name_with_days_in_words_and_links() {
        // A time before anybody else's deadline, so that these are the first listed: 10:00 in Amsterdam.
        moveClockTo(SOME_MONDAY);
        openRequest("SLA-L1", SOME_MONDAY.minus(Duration.ofDays(3)), "access,erasure", null);
        openComplaint("SLA-L2", SOME_MONDAY.minus(Duration.ofHours(2)), "lateAnswer");
        openRequest("SLA-L3", SOME_MONDAY.plus(Duration.ofDays(2)), "rectification", "Many systems to correct");
        openComplaint("SLA-L4", SOME_MONDAY.plus(Duration.ofDays(5)), null);
        openRequest("SLA-L5", SOME_MONDAY.plus(Duration.ofDays(9)), "access", null);

        SlaOverview overview = query.read();

        assertThat(overview.overdueCases()).extracting(DueCase::reference).containsSubsequence("SLA-L1", "SLA-L2");
        assertThat(overview.overdueCases()).as("earliest deadline first").isSortedAccordingTo(java.util.Comparator.comparing(DueCase::deadline));
        DueCase request = listed(overview.overdueCases(), "SLA-L1");
        assertThat(request.kindLabel()).isEqualTo("verzoek");
        assertThat(request.subject()).as("the rights in words, not codes").isEqualTo("inzage, verwijdering");
        assertThat(request.daysLeft()).isEqualTo(-3);
        assertThat(request.timeLeft()).isEqualTo("3 dagen te laat");
        assertThat(request.page()).isEqualTo("/api/requests/SLA-L1");
        assertThat(request.cockpit()).as("no process runs for a record alone").isNull();
        DueCase complaint = listed(overview.overdueCases(), "SLA-L2");
        assertThat(complaint.kindLabel()).isEqualTo("klacht");
        assertThat(complaint.subject()).isEqualTo("te laat antwoord");
        assertThat(complaint.timeLeft()).isEqualTo("sinds vandaag te laat");
        assertThat(complaint.page()).isEqualTo("/api/complaints/SLA-L2");

        assertThat(overview.dueSoonCases()).extracting(DueCase::reference).containsSubsequence("SLA-L3", "SLA-L4").doesNotContain("SLA-L5");
        assertThat(listed(overview.dueSoonCases(), "SLA-L3")).satisfies(c -> {
            assertThat(c.subject()).isEqualTo("correctie");
            assertThat(c.timeLeft()).isEqualTo("nog 2 dagen");
            assertThat(c.extended()).isTrue();
        });
        assertThat(listed(overview.dueSoonCases(), "SLA-L4").subject()).isEqualTo("nog niet beoordeeld");

        String page = http.withBasicAuth("manager", "manager").getForObject("/managers/sla-overview", String.class);
        assertThat(page).contains("<html lang=\"nl\">", "id=\"overdue-cases\"", "id=\"due-soon-cases\"",
                "<a href=\"/api/requests/SLA-L1\">SLA-L1</a>", "<a href=\"/api/complaints/SLA-L2\">SLA-L2</a>",
                "inzage, verwijdering", "3 dagen te laat", "te laat antwoord", "nog 2 dagen", "(verlengd)");
    }

    @Test
    void days_left_are_calendar_days_in_the_company_zone() {
        moveClockTo(SOME_MONDAY); // 10:00 on Monday in Amsterdam
        openRequest("SLA-Z1", Instant.parse("1999-06-07T22:30:00Z"), "access", null); // 00:30 on Tuesday in Amsterdam
        openRequest("SLA-Z2", Instant.parse("1999-06-06T22:30:00Z"), "access", null); // 00:30 on Monday in Amsterdam
        openRequest("SLA-Z3", Instant.parse("1999-06-07T21:30:00Z"), "access", null); // 23:30 on Monday in Amsterdam

        SlaOverview overview = query.read();

        assertThat(listed(overview.dueSoonCases(), "SLA-Z1")).satisfies(c -> {
            assertThat(c.deadlineDay()).hasToString("1999-06-08");
            assertThat(c.timeLeft()).isEqualTo("nog 1 dag");
        });
        assertThat(listed(overview.overdueCases(), "SLA-Z2").timeLeft()).isEqualTo("sinds vandaag te laat");
        assertThat(listed(overview.dueSoonCases(), "SLA-Z3").timeLeft()).isEqualTo("verloopt vandaag");
    }

    @Test
    void a_running_request_links_to_its_process_in_cockpit_and_its_process_lists_its_deadline() {
        moveClockTo(SOME_MONDAY);
        var instance = fileRequest("sla.cockpit@example.com", "nl", "access");
        jdbc.update("UPDATE data_subject_request SET deadline = ? WHERE reference = ?",
                Timestamp.from(SOME_MONDAY.minus(Duration.ofDays(1))), reference(instance));

        DueCase listed = listed(query.read().overdueCases(), reference(instance));

        assertThat(listed.cockpit()).isEqualTo("/camunda/app/cockpit/default/#/process-instance/" + instance.getId() + "/runtime");
        assertThat(listed.timeLeft()).isEqualTo("1 dag te laat");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ofDefinition = http.withBasicAuth("manager", "manager").getForObject(
                "/api/sla-overview/deadlines?processDefinitionId=" + instance.getProcessDefinitionId(), List.class);
        assertThat(ofDefinition).anySatisfy(c -> assertThat(c).containsEntry("reference", reference(instance))
                .containsEntry("timeLeft", "1 dag te laat").containsEntry("subject", "inzage"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ofInstance = http.withBasicAuth("manager", "manager").getForObject(
                "/api/sla-overview/deadlines?processInstanceId=" + instance.getId(), List.class);
        assertThat(ofInstance).singleElement().satisfies(c -> assertThat(c).containsEntry("reference", reference(instance))
                .containsEntry("page", "/api/requests/" + reference(instance)));
        assertThat(http.withBasicAuth("support", "support").getForEntity("/api/sla-overview/deadlines?processInstanceId="
                + instance.getId(), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void an_extended_deadline_shows_at_once_on_the_open_task_in_what_its_form_reads_and_in_cockpits_deadline_tab() {
        var request = fileRequest("nieuw.persoon@example.org", "nl", "access");
        Instant original = requests.find(reference(request)).orElseThrow().deadline();

        actAs("support");
        runtimeService.startProcessInstanceByKey("extend-request-deadline", Map.of("reference", reference(request),
                "extensionMonths", "1", "extensionReason", "Wij moeten gegevens uit zes systemen verzamelen."));
        identityService.clearAuthentication();
        runJobs();

        Instant extended = requests.find(reference(request)).orElseThrow().deadline();
        assertThat(extended).isAfter(original);
        var task = taskService.createTaskQuery().processInstanceId(request.getId()).singleResult();
        assertThat(task.getDueDate().toInstant()).as("the due date Tasklist lists").isEqualTo(extended);
        assertThat(engine.getFormService().getTaskFormVariables(task.getId()).getValue("deadline", java.util.Date.class).toInstant())
                .as("what the task's form reads when it is opened").isEqualTo(extended);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> inCockpit = http.withBasicAuth("manager", "manager").getForObject(
                "/api/sla-overview/deadlines?processInstanceId=" + request.getId(), List.class);
        assertThat(inCockpit).singleElement().satisfies(c -> assertThat(c)
                .containsEntry("deadlineDay", extended.atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate().toString())
                .containsEntry("extended", true));
    }

    @Test
    void outcomes_are_shown_in_words_not_codes() {
        moveClockTo(SOME_MONDAY);
        jdbc.update("INSERT INTO privacy_complaint (reference, complainant_email, language, channel, received_at, deadline, category, "
                + "status, outcome, closed_at) VALUES ('SLA-O1', 'sla@example.com', 'nl', 'api', ?, ?, 'security', 'CLOSED', 'partlyUpheld', ?)",
                Timestamp.from(SOME_MONDAY.minus(Duration.ofDays(20))), Timestamp.from(SOME_MONDAY.plus(Duration.ofDays(8))),
                Timestamp.from(SOME_MONDAY.minus(Duration.ofDays(1))));
        closedRequest("SLA-O2", SOME_MONDAY.minus(Duration.ofDays(10)), SOME_MONDAY.minus(Duration.ofDays(1)), "erasure",
                RequestOutcome.PARTIALLY_ERASED);

        String page = http.withBasicAuth("manager", "manager").getForObject("/managers/sla-overview", String.class);

        assertThat(page).contains("deels gegrond", "deels verwijderd (wettelijke bewaarplicht)", "<td>verwijdering</td>")
                .doesNotContain("partlyUpheld", "PARTIALLY_ERASED", "notUpheld", ">complaint<", ">erasure<");
    }

    @Test
    void every_code_a_manager_can_meet_has_a_label_in_dutch_and_english() {
        for (String language : org.privacyrequests.company.Languages.ALL) {
            Map<String, String> texts = pages.texts(language);
            java.util.stream.Stream.of(
                            java.util.Arrays.stream(org.privacyrequests.requests.RequestType.values()).map(r -> "label.right." + r.code()),
                            java.util.Arrays.stream(RequestOutcome.values()).map(o -> "label.requestOutcome." + o.name()),
                            java.util.Arrays.stream(org.privacyrequests.complaints.ComplaintOutcome.values()).map(o -> "label.complaintOutcome." + o.code()),
                            java.util.Arrays.stream(org.privacyrequests.complaints.ComplaintCategory.values()).map(c -> "label.complaintCategory." + c.code()),
                            java.util.Arrays.stream(org.privacyrequests.retention.RetentionSweeps.Status.values()).map(s -> "sla.sweeps.status." + s.name()))
                    .flatMap(k -> k)
                    .forEach(key -> assertThat(texts).as(language).containsKey(key));
            assertThat(pages.texts("nl").keySet()).as("the same keys in each language").isEqualTo(texts.keySet());
        }
    }

    private static DueCase listed(List<DueCase> cases, String reference) {
        return cases.stream().filter(c -> c.reference().equals(reference)).findFirst()
                .orElseThrow(() -> new AssertionError(reference + " is not listed in " + cases.stream().map(DueCase::reference).toList()));
    }

    private void openRequest(String reference, Instant deadline, String extensionReason) {
        openRequest(reference, deadline, "access", extensionReason);
    }

    private void openRequest(String reference, Instant deadline, String rights, String extensionReason) {
        jdbc.update("INSERT INTO data_subject_request (reference, requester_email, request_types, language, channel, received_at, "
                        + "deadline, extension_reason, status) VALUES (?, 'sla@example.com', ?, 'nl', 'api', ?, ?, ?, 'OPEN')",
                reference, rights, Timestamp.from(deadline.minus(Duration.ofDays(28))), Timestamp.from(deadline), extensionReason);
    }

    private void openComplaint(String reference, Instant deadline) {
        openComplaint(reference, deadline, null);
    }

    private void openComplaint(String reference, Instant deadline, String category) {
        jdbc.update("INSERT INTO privacy_complaint (reference, complainant_email, language, channel, received_at, deadline, category, status) "
                + "VALUES (?, 'sla@example.com', 'nl', 'api', ?, ?, ?, 'OPEN')", reference, Timestamp.from(deadline.minus(Duration.ofDays(28))),
                Timestamp.from(deadline), category);
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

    /** How many cases of this type (a right's code) ended with this outcome (its code). */
    private static long count(SlaOverview overview, String type, String outcome) {
        return overview.outcomes().stream().filter(c -> c.type().equals(type) && c.outcome().equals(outcome))
                .mapToLong(OutcomeCount::count).sum();
    }
}
