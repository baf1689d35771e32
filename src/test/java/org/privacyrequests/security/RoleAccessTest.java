package org.privacyrequests.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.privacyrequests.requests.NewRequest;
import org.privacyrequests.requests.RequestIntake;
import org.privacyrequests.support.JobExecutorStandIn;
import org.privacyrequests.support.ProductTest;
import org.privacyrequests.support.TestCompany;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** What each role may do, proven through the engine's REST API as Tasklist and Cockpit use it. */
@ProductTest
class RoleAccessTest {

    @Autowired TestRestTemplate http;
    @Autowired RequestIntake intake;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void support_cannot_approve_an_erasure_or_read_other_requests_but_a_manager_can_and_sees_them_all() {
        String email = "roles.test@example.org";
        new TestCompany(jdbc).activeCustomer(email, 0, 1);
        var filed = intake.file(new NewRequest(email, null, List.of("erasure"), "Wis alles", "nl", null), "api");
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(filed.reference()).singleResult().getId();
        runJobs(instanceId);
        var prepare = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
        assertThat(prepare.getTaskDefinitionKey()).isEqualTo("UserTask_PrepareErasurePlan");

        // Support sees its own group's task, but not the running instances themselves (Cockpit's view).
        List<Map<String, Object>> supportTasks = http.withBasicAuth("support", "support")
                .getForObject("/engine-rest/task?processInstanceId=" + instanceId, List.class);
        assertThat(supportTasks).hasSize(1);
        assertThat(http.withBasicAuth("support", "support").getForObject("/engine-rest/process-instance?processInstanceIds=" + instanceId, List.class))
                .isEmpty();
        assertThat(http.withBasicAuth("manager", "manager").getForObject("/engine-rest/process-instance?processInstanceIds=" + instanceId, List.class))
                .hasSize(1);

        // A manager cannot do support's work, and support cannot do the manager's.
        assertThat(complete("manager", prepare.getId(), "{\"variables\":{\"erasurePlanConfirmed\":{\"value\":true}}}"))
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(complete("support", prepare.getId(), "{\"variables\":{\"erasurePlanConfirmed\":{\"value\":true}}}"))
                .isEqualTo(HttpStatus.NO_CONTENT);
        var approve = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
        assertThat(approve.getTaskDefinitionKey()).isEqualTo("UserTask_ApproveErasure");
        assertThat(http.withBasicAuth("support", "support").getForObject("/engine-rest/task?processInstanceId=" + instanceId, List.class))
                .as("support does not even see the approval").isEmpty();
        assertThat(complete("support", approve.getId(), "{\"variables\":{\"erasureApproved\":{\"value\":\"yes\"}}}"))
                .isEqualTo(HttpStatus.FORBIDDEN);
        // Watching is not changing: a manager cannot edit the request's variables through the REST API (or Cockpit).
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.withBasicAuth("manager", "manager").exchange("/engine-rest/process-instance/" + instanceId + "/variables/deadline",
                HttpMethod.PUT, new HttpEntity<>("{\"value\":\"2030-01-01T00:00:00.000+0000\",\"type\":\"Date\"}", json), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtimeService.getVariable(instanceId, "erasurePreparedByName")).isEqualTo("Sam Support (support)");
        assertThat(complete("manager", approve.getId(), "{\"variables\":{\"erasureApproved\":{\"value\":\"no\"},"
                + "\"refusalReason\":{\"value\":\"Wij hebben deze gegevens nodig voor een lopend geschil.\"}}}"))
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    @SuppressWarnings("unchecked")
    void support_reads_no_process_variables_through_the_rest_api_and_a_script_in_a_request_stays_text() {
        var filed = intake.file(new NewRequest("script@example.org", "<script>alert('x')</script>", List.of("access"),
                "<script>alert('x')</script> graag inzage", "nl", null), "api");
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(filed.reference()).singleResult().getId();

        assertThat(http.withBasicAuth("support", "support").getForObject("/engine-rest/variable-instance?processInstanceIdIn=" + instanceId,
                List.class)).isEmpty();
        assertThat(http.withBasicAuth("manager", "manager").getForObject("/engine-rest/variable-instance?processInstanceIdIn=" + instanceId,
                List.class)).isNotEmpty();

        var answer = http.withBasicAuth("support", "support").getForEntity("/api/requests/" + filed.reference(), String.class);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(answer.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void only_managers_get_into_cockpit_and_only_admins_into_admin() {
        assertThat(logIn("support", "cockpit")).isNull();
        assertThat(logIn("manager", "cockpit")).isNotNull();
        assertThat(logIn("support", "tasklist")).isNotNull();
        assertThat(logIn("manager", "admin")).isNull();
        assertThat(logIn("support", "admin")).isNull();
        assertThat(logIn("demo", "admin")).isNotNull();
    }

    @Test
    void the_links_in_tasklist_forms_open_with_the_tasklist_login_and_not_without() {
        var filed = intake.file(new NewRequest("nieuw.persoon@example.org", null, List.of("access"), "Inzage", "nl", null), "api");
        String session = logIn("support", "tasklist");

        HttpHeaders withSession = new HttpHeaders();
        withSession.add(HttpHeaders.COOKIE, session);
        var answer = http.exchange("/api/requests/" + filed.reference(), HttpMethod.GET, new HttpEntity<>(withSession), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).contains(filed.reference(), "Inzage");
        assertThat(http.getForEntity("/api/requests/" + filed.reference(), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /**
     * Logs in to a webapp as its login page does (with the CSRF token the webapp hands out first).
     *
     * @return the session cookies, or null when the webapp refuses this user
     */
    private String logIn(String user, String app) {
        var page = http.getForEntity("/camunda/app/" + app + "/default/", String.class);
        List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE).stream().map(c -> c.split(";", 2)[0]).toList();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, String.join("; ", cookies));
        headers.add("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
        var answer = http.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST,
                new HttpEntity<>("username=" + user + "&password=" + user, headers), String.class);
        if (answer.getStatusCode() != HttpStatus.OK) {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            return null;
        }
        List<String> renewed = answer.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
                .map(c -> c.split(";", 2)[0]).toList();
        return String.join("; ", renewed.isEmpty() ? cookies : renewed);
    }

    private HttpStatus complete(String user, String taskId, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return (HttpStatus) http.withBasicAuth(user, user).exchange("/engine-rest/task/" + taskId + "/complete", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class).getStatusCode();
    }

    private void runJobs(String instanceId) {
        JobExecutorStandIn.runDueJobs(managementService, instanceId);
    }
}
