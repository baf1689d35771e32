package org.privacyrequests.security;

import org.privacyrequests.audit.AuditAction;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.requests.NewRequest;
import org.privacyrequests.requests.RequestIntake;
import org.privacyrequests.support.JobExecutorStandIn;
import org.privacyrequests.support.ProductTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's REST API (and the webapps' copy of it) keeps staff on the paths the process models lay out:
 * no start at a chosen step, no rewritten variables, no moved process, no forged message; a task takes only
 * its form's fields. Administrators may, and what they change lands in the request's audit trail.
 */
@ProductTest
class EngineRestGuardTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WEBAPP_API = "/camunda/api/engine/engine/default";
    private static final String START_AT_ERASURE =
            "{\"businessKey\":\"DSR-FORGED\",\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_EraseData\"}]}";

    @Autowired TestRestTemplate http;
    @Autowired RequestIntake intake;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired RepositoryService repositoryService;
    @Autowired AuditTrail auditTrail;
    @Autowired IdentityService identityService;
    @Autowired FailedLogins failedLogins;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @Test
    void support_cannot_start_a_request_at_the_erasure_step_through_the_engine_api_or_through_tasklists_copy_of_it() {
        long instancesBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey("data-subject-request").count();

        for (String path : List.of("/engine-rest/process-definition/key/data-subject-request/start",
                "/engine-rest/process-definition/key/data-subject-request;x/start",
                "/engine-rest//process-definition/key/data-subject-request/./start",
                "/engine-rest/engine/default/process-definition/key/data-subject-request/submit-form")) {
            assertRefused(send("support", HttpMethod.POST, path, START_AT_ERASURE),
                    "Starting a process at a chosen step is for administrators only");
        }
        assertRefused(send("manager", HttpMethod.POST, "/engine-rest/process-definition/key/data-subject-request/start",
                        "{\"skipCustomListeners\":true,\"variables\":{\"requesterEmail\":{\"value\":\"a@example.org\"}}}"),
                "Skipping a process's listeners or input/output mappings is for administrators only");

        Session support = logIn("support", "tasklist");
        assertRefused(support.send(http, HttpMethod.POST, WEBAPP_API + "/process-definition/key/data-subject-request/start", START_AT_ERASURE),
                "Starting a process at a chosen step is for administrators only");

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("data-subject-request").count())
                .isEqualTo(instancesBefore);
    }

    @Test
    void support_cannot_rewrite_a_requests_variables_and_verify_identity_takes_only_the_fields_of_its_form() {
        Request request = atVerifyIdentity("guard.variables@example.org");

        assertRefused(send("support", HttpMethod.PUT, "/engine-rest/task/" + request.taskId() + "/variables/requesterEmail",
                "{\"value\":\"attacker@example.org\",\"type\":\"String\"}"), "Changing a process's variables directly is for administrators only");
        assertRefused(send("support", HttpMethod.POST, "/engine-rest/task/" + request.taskId() + "/localVariables",
                "{\"modifications\":{\"requesterEmail\":{\"value\":\"attacker@example.org\"}}}"),
                "Changing a process's variables directly is for administrators only");
        assertRefused(send("manager", HttpMethod.PUT, "/engine-rest/process-instance/" + request.instanceId() + "/variables/requesterEmail",
                "{\"value\":\"attacker@example.org\",\"type\":\"String\"}"), "Changing a process's variables directly is for administrators only");
        assertRefused(send("support", HttpMethod.DELETE, "/engine-rest/process-instance/" + request.instanceId() + "/variables/deadline", null),
                "Changing a process's variables directly is for administrators only");

        assertStatus(send("support", HttpMethod.POST, "/engine-rest/task/" + request.taskId() + "/claim", "{\"userId\":\"support\"}")
                , HttpStatus.NO_CONTENT);
        assertRefused(send("support", HttpMethod.POST, "/engine-rest/task/" + request.taskId() + "/complete",
                        "{\"variables\":{\"identityDecision\":{\"value\":\"verified\"},\"identityNote\":{\"value\":\"Customer number matches\"},"
                                + "\"requesterEmail\":{\"value\":\"attacker@example.org\"}}}"),
                "Variable 'requesterEmail' is not a field of the form 'verify-identity'");
        assertRefused(send("support", HttpMethod.POST, "/engine-rest/task/" + request.taskId() + "/submit-form",
                        "{\"variables\":{\"identityDecision\":{\"value\":\"verified\"},\"reference\":{\"value\":\"DSR-2026-000001\"}}}"),
                "Variable 'reference' is not a field of the form 'verify-identity'");
        assertThat(runtimeService.getVariable(request.instanceId(), "requesterEmail")).isEqualTo("guard.variables@example.org");

        assertStatus(send("support", HttpMethod.POST, "/engine-rest/task/" + request.taskId() + "/complete",
                "{\"variables\":{\"identityDecision\":{\"value\":\"verified\"},\"identityNote\":{\"value\":\"Customer number matches\"},"
                        + "\"customerNumber\":{\"value\":\"\"}}}"), HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(request.taskId()).count()).isZero();
        assertThat(runtimeService.getVariable(request.instanceId(), "identityDecision")).isEqualTo("verified");
    }

    @Test
    void staff_cannot_move_a_request_to_another_step_send_it_a_message_or_restart_it() {
        Request request = atVerifyIdentity("guard.moves@example.org");
        String definitionId = runtimeService.createProcessInstanceQuery().processInstanceId(request.instanceId()).singleResult()
                .getProcessDefinitionId();
        String executionId = runtimeService.createExecutionQuery().processInstanceId(request.instanceId()).list().get(0).getId();
        String moveToErasure = "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_EraseData\"}]}";

        assertRefused(send("manager", HttpMethod.POST, "/engine-rest/process-instance/" + request.instanceId() + "/modification", moveToErasure),
                "Moving a running process to another step is for administrators only");
        assertRefused(send("manager", HttpMethod.POST, "/engine-rest/modification/execute",
                "{\"processDefinitionId\":\"" + definitionId + "\",\"processInstanceIds\":[\"" + request.instanceId() + "\"],"
                        + "\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_EraseData\"}]}"),
                "Moving a running process to another step is for administrators only");
        assertRefused(send("support", HttpMethod.POST, "/engine-rest/message",
                "{\"messageName\":\"IdentityInformationReceived\",\"businessKey\":\"" + request.reference() + "\"}"),
                "Sending messages, signals or conditions into processes is for administrators only");
        assertRefused(send("support", HttpMethod.POST, "/engine-rest/signal", "{\"name\":\"anything\"}"),
                "Sending messages, signals or conditions into processes is for administrators only");
        assertRefused(send("support", HttpMethod.POST, "/engine-rest/execution/" + executionId + "/messageSubscriptions/IdentityInformationReceived/trigger", "{}"),
                "Sending messages, signals or conditions into processes is for administrators only");
        assertRefused(send("support", HttpMethod.POST, "/engine-rest/task/" + request.taskId() + "/bpmnError", "{\"errorCode\":\"x\"}"),
                "Throwing a BPMN error or escalation from a task is for administrators only");
        assertRefused(send("manager", HttpMethod.POST, "/engine-rest/process-definition/" + definitionId + "/restart",
                "{\"processInstanceIds\":[\"" + request.instanceId() + "\"],\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_EraseData\"}]}"),
                "Restarting a finished process is for administrators only");
        assertRefused(send("manager", HttpMethod.POST, "/engine-rest/migration/execute", "{}"),
                "Migrating processes to another version is for administrators only");

        Session manager = logIn("manager", "cockpit");
        assertRefused(manager.send(http, HttpMethod.POST, WEBAPP_API + "/process-instance/" + request.instanceId() + "/modification", moveToErasure),
                "Moving a running process to another step is for administrators only");
        assertThat(taskService.createTaskQuery().processInstanceId(request.instanceId()).singleResult().getId()).isEqualTo(request.taskId());
    }

    @Test
    void a_manager_still_retries_a_job_in_cockpit_and_through_the_engine_api() {
        var filed = intake.file(new NewRequest("guard.retry@example.org", null, List.of("access"), "Inzage", "nl", null), "api");
        String instanceId = instanceOf(filed.reference());
        String jobId = managementService.createJobQuery().processInstanceId(instanceId).list().get(0).getId();

        assertStatus(send("manager", HttpMethod.PUT, "/engine-rest/job/" + jobId + "/retries", "{\"retries\":3}"), HttpStatus.NO_CONTENT);
        Session manager = logIn("manager", "cockpit");
        assertStatus(manager.send(http, HttpMethod.PUT, WEBAPP_API + "/job/" + jobId + "/retries", "{\"retries\":2}"), HttpStatus.NO_CONTENT);
        assertThat(managementService.createJobQuery().jobId(jobId).singleResult().getRetries()).isEqualTo(2);
    }

    @Test
    void an_administrator_may_move_a_request_and_change_its_variables_and_both_land_in_its_audit_trail() {
        Request request = atVerifyIdentity("guard.admin@example.org");

        assertStatus(send("demo", HttpMethod.POST, "/engine-rest/process-instance/" + request.instanceId() + "/modification",
                "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"UserTask_VerifyIdentity\"}],"
                        + "\"annotation\":\"Second check asked by the privacy officer\"}"), HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().processInstanceId(request.instanceId()).count()).isEqualTo(2);

        Session admin = logIn("demo", "cockpit");
        assertStatus(admin.send(http, HttpMethod.PUT, WEBAPP_API + "/process-instance/" + request.instanceId() + "/variables/language",
                "{\"value\":\"en\",\"type\":\"String\"}"), HttpStatus.NO_CONTENT);
        assertThat(runtimeService.getVariable(request.instanceId(), "language")).isEqualTo("en");

        var entries = auditTrail.of(request.reference()).stream()
                .filter(entry -> entry.action().equals(AuditAction.CHANGED_BY_ADMINISTRATOR.code())).toList();
        assertThat(entries).hasSize(2).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("demo"));
        assertThat(entries.get(0).facts()).containsEntry("operation", "MODIFICATION");
        assertThat(entries.get(0).facts().get("call")).startsWith("POST /process-instance/");
        assertThat(entries.get(1).facts()).containsEntry("operation", "VARIABLES");
        assertThat(entries.get(1).facts().get("call")).startsWith("PUT /process-instance/");
        assertThat(entries.get(1).facts().values()).noneMatch(value -> value.contains("en\""));
    }

    @Test
    void five_failed_logins_from_one_client_stop_its_logins_unchecked_while_staff_elsewhere_still_log_in() {
        if (identityService.createUserQuery().userId("limittarget").count() == 0) {
            var user = identityService.newUser("limittarget");
            user.setPassword("limit-target-password");
            identityService.saveUser(user);
        }
        failedLogins.forgetAll();
        try {
            String attacker = "http://127.0.0.1:" + port;
            for (int i = 1; i <= 5; i++) {
                assertThat(http.withBasicAuth("limittarget", "guess-" + i).getForEntity(attacker + "/engine-rest/task", String.class)
                        .getStatusCode()).as("guess %d", i).isEqualTo(HttpStatus.UNAUTHORIZED);
            }
            Integer attemptsCounted = camundaAttempts("limittarget");

            var stopped = http.withBasicAuth("limittarget", "limit-target-password").getForEntity(attacker + "/engine-rest/task", String.class);
            assertThat(stopped.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            assertThat(Long.parseLong(stopped.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 900L);
            assertThat(stopped.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(stopped.getBody()).contains("\"status\":429", "Too many failed logins from this address");
            assertThat(http.withBasicAuth("limittarget", "guess-6").getForEntity(attacker + "/api/requests/DSR-2026-000001", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            assertThat(webappLogIn(attacker, "limittarget", "guess-7")).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            assertThat(camundaAttempts("limittarget")).as("the engine checked none of these passwords").isEqualTo(attemptsCounted);

            // The same person, or a colleague, from another place: another client address, as the proxy in front
            // of the product tells it (the server listens on 127.0.0.1 only; the tests trust forwarded headers).
            HttpHeaders elsewhere = new HttpHeaders();
            elsewhere.add("X-Forwarded-For", "198.51.100.20");
            assertThat(http.withBasicAuth("support", "support").exchange(attacker + "/engine-rest/task", HttpMethod.GET,
                    new HttpEntity<>(elsewhere), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        } finally {
            failedLogins.forgetAll();
        }
    }

    @Test
    void a_wrong_password_in_the_webapps_login_counts_and_a_right_one_does_not() {
        failedLogins.forgetAll();
        try {
            String attacker = "http://127.0.0.1:" + port;
            for (int i = 0; i < 10; i++) {
                assertThat(webappLogIn(attacker, "support", "support")).isEqualTo(HttpStatus.OK);
            }
            for (int i = 1; i <= 5; i++) {
                assertThat(webappLogIn(attacker, "nobody", "guess-" + i)).as("guess %d", i).isEqualTo(HttpStatus.UNAUTHORIZED);
            }
            assertThat(http.withBasicAuth("support", "support").getForEntity(attacker + "/engine-rest/task", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        } finally {
            failedLogins.forgetAll();
        }
    }

    /** A login in Tasklist's login form from the given address, with the CSRF token its page hands out. */
    private HttpStatus webappLogIn(String base, String user, String password) {
        var page = http.getForEntity(base + "/camunda/app/tasklist/default/", String.class);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, String.join("; ", page.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .map(c -> c.split(";", 2)[0]).toList()));
        headers.add("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
        return (HttpStatus) http.exchange(base + "/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
                new HttpEntity<>("username=" + user + "&password=" + password, headers), String.class).getStatusCode();
    }

    private Integer camundaAttempts(String userId) {
        return jdbc.queryForObject("SELECT ATTEMPTS_ FROM ACT_ID_USER WHERE ID_ = ?", Integer.class, userId);
    }

    // --- helpers ---

    private record Request(String reference, String instanceId, String taskId) {
    }

    /** A request from an address not on file: it waits at "Verify identity". */
    private Request atVerifyIdentity(String email) {
        var filed = intake.file(new NewRequest(email, null, List.of("erasure"), "Wis alles", "nl", null), "api");
        String instanceId = instanceOf(filed.reference());
        JobExecutorStandIn.runDueJobs(managementService, instanceId);
        var task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("UserTask_VerifyIdentity");
        return new Request(filed.reference(), instanceId, task.getId());
    }

    private String instanceOf(String reference) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user).exchange(URI.create(path), method, new HttpEntity<>(body, headers), String.class);
    }

    private static void assertStatus(ResponseEntity<String> answer, HttpStatus status) {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
    }

    private static void assertRefused(ResponseEntity<String> answer, String reason) {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.getHeaders().getContentType()).isNotNull();
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.getBody());
        } catch (Exception notJson) {
            throw new AssertionError("Not a problem body: " + answer.getBody(), notJson);
        }
        assertThat(problem.path("status").asInt()).isEqualTo(403);
        assertThat(problem.path("title").asText()).isEqualTo("Forbidden");
        assertThat(problem.path("detail").asText()).isEqualTo(reason);
    }

    /** A webapp login: its cookies and the CSRF token the webapp wants on every change. */
    record Session(String cookies, String csrfToken) {
        ResponseEntity<String> send(TestRestTemplate http, HttpMethod method, String path, String body) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            headers.add(HttpHeaders.COOKIE, cookies);
            headers.add("X-XSRF-TOKEN", csrfToken);
            return http.exchange(URI.create(path), method, new HttpEntity<>(body, headers), String.class);
        }
    }

    /** Logs in to a webapp as its login page does (see RoleAccessTest). */
    Session logIn(String user, String app) {
        var page = http.getForEntity("/camunda/app/" + app + "/default/", String.class);
        List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE).stream().map(c -> c.split(";", 2)[0]).toList();
        String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, String.join("; ", cookies));
        headers.add("X-XSRF-TOKEN", token);
        var answer = http.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST,
                new HttpEntity<>("username=" + user + "&password=" + user, headers), String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> renewed = answer.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
                .map(c -> c.split(";", 2)[0]).toList();
        String session = (renewed.isEmpty() ? cookies : renewed).stream().filter(c -> !c.startsWith("XSRF-TOKEN"))
                .reduce((a, b) -> a + "; " + b).orElseThrow();
        // The logged-in session has a token of its own, handed out with its first read (as Cockpit's first call gets it).
        HttpHeaders read = new HttpHeaders();
        read.add(HttpHeaders.COOKIE, session);
        var first = http.exchange(WEBAPP_API + "/process-definition/count", HttpMethod.GET, new HttpEntity<>(read), String.class);
        String sessionToken = first.getHeaders().getFirst("X-XSRF-TOKEN");
        assertThat(sessionToken).as("CSRF token of the session").isNotNull();
        return new Session(session + "; XSRF-TOKEN=" + sessionToken, sessionToken);
    }
}
