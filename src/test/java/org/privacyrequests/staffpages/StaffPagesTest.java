package org.privacyrequests.staffpages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.privacyrequests.complaints.ComplaintIntake;
import org.privacyrequests.complaints.NewComplaint;
import org.privacyrequests.minimisation.KeepsCaseData;
import org.privacyrequests.requests.NewRequest;
import org.privacyrequests.support.ProcessScenario;
import org.privacyrequests.support.ProductTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The pages support opens from the links in Tasklist's forms: a browser (Accept: text/html) gets a readable page in the
 * staff language (Dutch here), a program keeps the API's JSON; the requester's words are shown as written, never run;
 * no codes, column names or UTC times; and an error is a page in words, not the Whitelabel page.
 */
@ProductTest
class StaffPagesTest extends ProcessScenario {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String JAN = "jan@bakkerijdevries.nl";

    @Autowired TestRestTemplate http;
    @Autowired ComplaintIntake complaints;
    @Autowired List<KeepsCaseData> features;
    private final List<String> filed = new ArrayList<>();

    /** The requests of these scenarios are Jan's too: other scenarios must not count them as his earlier requests. */
    @AfterEach
    void forgetTheCasesFiledHere() {
        features.forEach(feature -> feature.forgetGathered(filed, Instant.EPOCH));
        features.forEach(feature -> feature.forgetRecords(filed, Instant.EPOCH));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_browser_reads_request_details_in_dutch_while_a_program_keeps_the_json() {
        String reference = janAsksForAccessAndErasure("Graag inzage en verwijdering.");

        ResponseEntity<String> page = get("/api/requests/" + reference, BROWSER, "support");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.getBody()).contains("Verzoek " + reference, "Wat de verzoeker schreef", "Graag inzage en verwijdering.",
                "inzage, verwijdering", "via de API", "Antwoord uiterlijk", "24 december 2026", "nog 28 dag(en)",
                "Wat nog moet gebeuren", "/camunda/app/tasklist/default/#/?task=",
                "Logboek", "Verzoek ontvangen", "Correspondentie", "Verstuurd aan " + JAN, "Ontvangstbevestiging",
                "26 november 2026, 10:00");
        assertThat(page.getBody()).contains(openTaskNames(reference));
        assertNoCodes(page.getBody());
        // The audit trail in sentences: the facts recorded as data, in words and in the company's zone.
        assertThat(page.getBody()).contains("Verzoek ontvangen (via de API); gevraagde rechten: inzage, verwijdering; antwoord uiterlijk 24 december 2026",
                "Persoonsgegevens gezocht op e-mailadres; gevonden records: ", "Mail verstuurd: Ontvangstbevestiging (Nederlands)",
                "Verwijderplan opgesteld: ");

        ResponseEntity<Map> json = http.withBasicAuth("support", "support").exchange("/api/requests/" + reference, HttpMethod.GET,
                new HttpEntity<>(headers(MediaType.APPLICATION_JSON_VALUE)), Map.class);
        assertThat(json.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(json.getBody()).containsEntry("text", "Graag inzage en verwijdering.").containsEntry("requestTypes", List.of("access", "erasure"))
                .containsKeys("auditTrail", "correspondence");
        // Programs read the trail as data: the action's code and its facts.
        assertThat((List<Map<String, Object>>) json.getBody().get("auditTrail")).anySatisfy(entry -> assertThat(entry)
                .containsEntry("action", "request-received").extractingByKey("facts", org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("channel", "api").containsEntry("rights", "access,erasure").containsKey("deadline"));
        // A program that names no type (curl, scripts) gets JSON too, as before.
        assertThat(http.withBasicAuth("support", "support").getForEntity("/api/requests/" + reference, String.class).getHeaders()
                .getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    }

    @Test
    void the_requesters_words_keep_their_line_breaks_and_a_script_in_them_is_shown_not_run() {
        String reference = janAsksForAccessAndErasure("Beste support,\nGraag alles wissen.\n<script>alert('boo')</script>\nJan");

        String page = get("/api/requests/" + reference, BROWSER, "support").getBody();

        assertThat(page).contains("Beste support,\nGraag alles wissen.\n&lt;script&gt;alert(&#39;boo&#39;)&lt;/script&gt;\nJan")
                .doesNotContain("<script>", "\\n");
    }

    @Test
    void records_found_read_per_system_under_their_labels_with_dates_written_out() {
        String reference = janAsksForAccessAndErasure("Graag inzage.");

        ResponseEntity<String> page = get("/api/requests/" + reference + "/records", BROWSER, "support");

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Gevonden gegevens bij verzoek " + reference, "Contactpersoon", "Factuurnummer", "Factuurdatum",
                "facturen en betalingen", "van het bedrijf zelf (wij beslissen)")
                .doesNotContain("contact_name", "invoice_number", "invoice_date", "FINANCIAL", "CONTROLLER");
        assertNoCodes(page.getBody());
        assertThat(get("/api/requests/" + reference + "/records", MediaType.APPLICATION_JSON_VALUE, "support").getBody()).startsWith("[");
    }

    @Test
    void the_erasure_plan_says_what_happens_to_each_record_and_why_in_words() {
        String reference = janAsksForAccessAndErasure("Graag alles verwijderen.");

        ResponseEntity<String> page = get("/api/requests/" + reference + "/erasure-plan", BROWSER, "support");

        assertThat(page.getBody()).contains("Verwijderplan van verzoek " + reference, "Bewaren", "Anonimiseren",
                "nog 7 jaar na het einde van de klantrelatie", "fiscale bewaarplicht", "zolang de klantrelatie loopt", "nog niet")
                .doesNotContain("after-relationship", "P7Y", "**", "fiscal-retention", "while-customer", "KEEP");
        assertNoCodes(page.getBody());
        assertThat(get("/api/requests/" + reference + "/erasure-plan", MediaType.APPLICATION_JSON_VALUE, "support").getBody())
                .contains("\"keepCondition\"");
    }

    @Test
    void a_request_with_nothing_found_yet_says_so_in_words_not_as_an_empty_list() {
        var request = intake.file(new NewRequest("nieuw.persoon@example.org", null, List.of("erasure"), "Wissen a.u.b.", "nl", null), "api");
        filed.add(request.reference());
        runJobs();

        assertThat(get("/api/requests/" + request.reference() + "/records", BROWSER, "support").getBody())
                .contains("In geen enkel systeem zijn persoonsgegevens gevonden.").doesNotContain("[ ]", "[]");
        assertThat(get("/api/requests/" + request.reference() + "/erasure-plan", BROWSER, "support").getBody())
                .contains("Er is (nog) geen verwijderplan");
    }

    @Test
    void a_complaint_reads_as_a_page_with_its_category_and_mails_and_stays_json_for_programs() {
        var complaint = complaints.file(new NewComplaint("kees@example.com", "Kees", "Mijn inzage kwam te laat.\nDat is de tweede keer.", "nl", null), "api");
        filed.add(complaint.reference());
        runJobs();

        ResponseEntity<String> page = get("/api/complaints/" + complaint.reference(), BROWSER, "support");
        assertThat(page.getBody()).contains("Klacht " + complaint.reference(), "Wat de klager schreef",
                "Mijn inzage kwam te laat.\nDat is de tweede keer.", "nog niet beoordeeld", "Ontvangstbevestiging van de klacht",
                "Klacht ontvangen");
        assertThat(page.getBody()).contains(openTaskNames(complaint.reference()));
        assertNoCodes(page.getBody());
        assertThat(get("/api/complaints/" + complaint.reference(), MediaType.APPLICATION_JSON_VALUE, "support").getBody())
                .contains("Mijn inzage kwam te laat.\\nDat is de tweede keer.");
    }

    @Test
    void an_unknown_reference_is_a_page_in_words_for_a_browser_and_a_problem_for_a_program() {
        for (String path : List.of("/api/requests/DSR-2026-999999", "/api/requests/DSR-2026-999999/records",
                "/api/requests/DSR-2026-999999/erasure-plan", "/api/requests/DSR-2026-999999/access-overview",
                "/api/complaints/PC-2026-999999", "/api/requests/nonsense")) {
            ResponseEntity<String> page = get(path, BROWSER, "support");
            assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(page.getBody()).as(path).contains("Niet gevonden", "DSR-2026-000123", "Naar Tasklist")
                    .doesNotContain("Whitelabel", "Exception", "\"status\"");
        }
        ResponseEntity<String> problem = get("/api/requests/DSR-2026-999999", MediaType.APPLICATION_JSON_VALUE, "support");
        assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(problem.getBody()).contains("There is no request DSR-2026-999999.").doesNotContain("<html");
    }

    @Test
    void without_a_login_or_without_a_staff_role_a_browser_gets_a_page_that_says_what_to_do() {
        String reference = janAsksForAccessAndErasure("Graag inzage.");

        ResponseEntity<String> noLogin = http.exchange("/api/requests/" + reference, HttpMethod.GET, new HttpEntity<>(headers(BROWSER)), String.class);
        assertThat(noLogin.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(noLogin.getHeaders().get("WWW-Authenticate")).as("no login box of the browser").isNull();
        assertThat(noLogin.getBody()).contains("Log eerst in", "Log in bij Tasklist").doesNotContain("Whitelabel", reference);

        identityService.saveUser(userNamed("visitor2"));
        ResponseEntity<String> noRight = get("/api/requests/" + reference, BROWSER, "visitor2");
        assertThat(noRight.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(noRight.getBody()).contains("Deze pagina is niet voor uw login").doesNotContain("Whitelabel", "Graag inzage.");

        // Programs keep their answers: a problem, and the basic-auth challenge without a cookie.
        ResponseEntity<String> program = http.getForEntity("/api/requests/" + reference, String.class);
        assertThat(program.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(program.getBody()).contains("\"status\":401");
    }

    private String[] openTaskNames(String reference) {
        var names = taskService.createTaskQuery().processInstanceBusinessKey(reference).list().stream().map(t -> t.getName()).toList();
        assertThat(names).as("open tasks of " + reference).isNotEmpty();
        return names.toArray(String[]::new);
    }

    private org.camunda.bpm.engine.identity.User userNamed(String id) {
        var existing = identityService.createUserQuery().userId(id).singleResult();
        if (existing != null) {
            identityService.deleteUser(id);
        }
        var user = identityService.newUser(id);
        user.setPassword(id + "-password");
        return user;
    }

    /** Jan, a customer with invoices, asks through the API: his data is found and the erasure plan worked out. */
    private String janAsksForAccessAndErasure(String text) {
        var request = intake.file(new NewRequest(JAN, "Jan de Vries", List.of("access", "erasure"), text, "nl", null), "api");
        filed.add(request.reference());
        runJobs();
        return request.reference();
    }

    /** What must not show on a staff page: UTC times, Markdown, empty JSON lists, codes of rights, statuses and outcomes. */
    private static void assertNoCodes(String html) {
        assertThat(html).doesNotContainPattern("\\{[A-Za-z.]+}").doesNotContainPattern("\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?Z")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}")
                .doesNotContain("**", "[ ]", "\\n", "requestTypes", "auditTrail", "OPEN", "CLOSED", "ACCESS_ANSWERED", "notUpheld",
                        "PARTIALLY_ERASED", "request-received", "after-relationship", "null", "found.");
    }

    private ResponseEntity<String> get(String path, String accept, String user) {
        return http.withBasicAuth(user, user.startsWith("visitor") ? user + "-password" : user)
                .exchange(path, HttpMethod.GET, new HttpEntity<>(headers(accept)), String.class);
    }

    private static HttpHeaders headers(String accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, accept);
        return headers;
    }
}
