package org.privacyrequests.requests;

import org.privacyrequests.references.References;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.privacyrequests.support.JobExecutorStandIn;
import org.privacyrequests.support.ProductTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The product's REST API and the engine's, over real HTTP: who gets in, and what wrong input gets back. */
@ProductTest
class RequestApiTest {

    @Autowired TestRestTemplate http;
    @Autowired IdentityService identityService;
    @Autowired ManagementService managementService;
    @Autowired RuntimeService runtimeService;

    @Test
    void without_a_login_the_engine_api_and_the_product_api_answer_401() {
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post("/api/requests", Map.of(), null, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // A wrong password delays that user's next login (the engine's brute-force throttling): not a demo user.
        user("guesser", "right-password");
        assertThat(post("/api/requests", Map.of(), "guesser", "wrong").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("guesser", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void a_user_outside_the_staff_groups_is_refused() {
        user("visitor", "visitor-password");
        assertThat(post("/api/requests", validRequest(), "visitor", "visitor-password").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    @SuppressWarnings("unchecked")
    void support_files_a_request_and_then_sees_its_first_task_with_the_deadline_as_due_date() {
        ResponseEntity<Map> filed = post("/api/requests", validRequest(), "support", "support");

        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String reference = (String) filed.getBody().get("reference");
        assertThat(reference).matches(References.REQUEST_PATTERN);
        assertThat(filed.getHeaders().getLocation()).hasToString("/api/requests/" + reference);
        // The tests run without the job executor: do its work for this request.
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
        JobExecutorStandIn.runDueJobs(managementService, instanceId);

        List<Map<String, Object>> tasks = http.withBasicAuth("support", "support")
                .getForObject("/engine-rest/task?processInstanceBusinessKey=" + reference, List.class);
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0)).containsEntry("name", "Verify identity · " + reference + " · access").containsKey("due");
        assertThat(tasks.get(0).get("due")).isNotNull();

        Map<String, Object> read = http.withBasicAuth("manager", "manager").getForObject("/api/requests/" + reference, Map.class);
        assertThat(read).containsEntry("text", "Graag inzage in mijn gegevens.").containsKey("auditTrail");
    }

    @Test
    @SuppressWarnings("unchecked")
    void wrong_input_answers_400_with_a_message_per_field_and_starts_nothing() {
        ResponseEntity<Map> answer = post("/api/requests",
                Map.of("requesterEmail", "not-an-address", "requestTypes", List.of("teleport"), "language", "de"), "support", "support");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Map<String, String> errors = (Map<String, String>) answer.getBody().get("errors");
        assertThat(errors).containsKeys("requesterEmail", "language").doesNotContainKey("requestTypes");

        ResponseEntity<Map> future = post("/api/requests", Map.of("requesterEmail", "a@example.org", "requestTypes", List.of("access"),
                "receivedAt", "2099-01-01"), "support", "support");
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((Map<String, String>) future.getBody().get("errors")).containsKey("receivedAt");

        ResponseEntity<Map> notJson = http.withBasicAuth("support", "support").exchange("/api/requests", HttpMethod.POST,
                new HttpEntity<>("{broken", jsonHeaders()), Map.class);
        assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void an_unknown_reference_answers_404_and_an_extension_without_reason_400() {
        assertThat(http.withBasicAuth("support", "support").getForEntity("/api/requests/DSR-2026-999999", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("/api/requests/DSR-2026-999999/extension", Map.of("months", 1), "support", "support").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("/api/requests/DSR-2026-999999/extension", Map.of("months", 1, "reason", "Many systems to search through."),
                "support", "support").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void a_path_that_is_no_reference_answers_404_or_409_and_never_reaches_the_engine() {
        String reference = (String) post("/api/requests", validRequest(), "support", "support").getBody().get("reference");
        var support = http.withBasicAuth("support", "support");

        // The deadline extension's own process has the business key "<reference>-extension".
        for (String notAReference : List.of(reference + "-extension", reference.toLowerCase(), " " + reference)) {
            assertThat(support.getForEntity("/api/requests/{reference}", String.class, notAReference).getStatusCode())
                    .as(notAReference).isEqualTo(HttpStatus.NOT_FOUND);
        }
        // An encoded '%' in the path does not even reach the controller: Spring Security's firewall answers 400.
        assertThat(support.getForEntity("/api/requests/{reference}", String.class, "DSR-2026-%").getStatusCode())
                .isIn(HttpStatus.NOT_FOUND, HttpStatus.BAD_REQUEST);
        assertThat(support.getForEntity("/api/complaints/{reference}", String.class, reference).getStatusCode())
                .as("a request's reference is no complaint's").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("/api/requests/" + reference + "-extension/extension", Map.of("months", 1,
                "reason", "Many systems to search through."), "support", "support").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(support.getForEntity("/api/requests/{reference}", String.class, reference).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void health_is_open_to_load_balancers_and_reports_database_and_mail_server_without_details() {
        var health = http.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("\"UP\"").doesNotContain("jdbc");
        assertThat(http.getForEntity("/actuator/env", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void tasklist_is_served() {
        assertThat(http.getForEntity("/camunda/app/tasklist/", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private void user(String id, String password) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            var user = identityService.newUser(id);
            user.setPassword(password);
            identityService.saveUser(user);
        }
    }

    private static Map<String, Object> validRequest() {
        return Map.of("requesterEmail", "nieuw.persoon@example.org", "requesterName", "Nieuw Persoon",
                "requestTypes", List.of("access"), "text", "Graag inzage in mijn gegevens.", "language", "nl");
    }

    @SuppressWarnings("rawtypes")
    private ResponseEntity<Map> post(String path, Object body, String user, String password) {
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, password);
        return client.exchange(path, HttpMethod.POST, new HttpEntity<>(body, jsonHeaders()), Map.class);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
