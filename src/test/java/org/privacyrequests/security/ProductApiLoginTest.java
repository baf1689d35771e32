package org.privacyrequests.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.privacyrequests.support.ProductTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The product's API on Spring Security: who gets in, what the others are told, and which paths it leaves alone. */
@ProductTest
class ProductApiLoginTest {

    @Autowired TestRestTemplate http;
    @Autowired IdentityService identityService;

    @Test
    void a_system_without_a_login_is_asked_for_one_and_a_browser_with_a_cookie_is_not() {
        var system = http.getForEntity("/api/requests/DSR-2026-000001", String.class);
        assertThat(system.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(system.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Basic realm=\"privacy-requests\"");
        assertThat(system.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(system.getBody()).contains("\"status\":401", "\"detail\":\"Log in: this API needs a staff login.\"");

        HttpHeaders cookie = new HttpHeaders();
        cookie.add(HttpHeaders.COOKIE, "JSESSIONID=expired");
        var browser = http.exchange("/api/requests/DSR-2026-000001", HttpMethod.GET, new HttpEntity<>(cookie), String.class);
        assertThat(browser.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(browser.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
    }

    @Test
    void a_camunda_user_outside_the_staff_groups_and_support_on_a_managers_page_are_refused_with_the_reason() {
        if (identityService.createUserQuery().userId("outsider").count() == 0) {
            var user = identityService.newUser("outsider");
            user.setPassword("outsider-password");
            identityService.saveUser(user);
        }
        var outsider = http.withBasicAuth("outsider", "outsider-password").getForEntity("/api/requests/DSR-2026-000001", String.class);
        assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(outsider.getBody()).contains("\"detail\":\"User outsider is not in a staff group.\"");

        var api = http.withBasicAuth("support", "support").getForEntity("/api/sla-overview", String.class);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(api.getBody()).contains("Only managers see this; support is not a manager.");
        assertThat(api.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(api.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

        var page = http.withBasicAuth("support", "support").getForEntity("/managers/sla-overview", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.getBody()).contains("Managers only", "Log in to Cockpit");

        var anonymousPage = http.getForEntity("/managers/sla-overview", String.class);
        assertThat(anonymousPage.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymousPage.getBody()).contains("Log in to Cockpit as a manager first");

        assertThat(http.withBasicAuth("manager", "manager").getForEntity("/api/sla-overview", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void a_link_from_cockpit_to_the_api_keeps_the_cockpit_session_as_it_is() {
        String cookies = logInToCockpit("manager");
        HttpHeaders withSession = new HttpHeaders();
        withSession.add(HttpHeaders.COOKIE, cookies);

        var overview = http.exchange("/api/sla-overview", HttpMethod.GET, new HttpEntity<>(withSession), String.class);
        assertThat(overview.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(overview.getHeaders().containsKey(HttpHeaders.SET_COOKIE)).as("no new session id").isFalse();
        var cockpit = http.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET, new HttpEntity<>(withSession), String.class);
        assertThat(cockpit.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(cockpit.getBody()).contains("\"userId\":\"manager\"");
    }

    private String logInToCockpit(String user) {
        var page = http.getForEntity("/camunda/app/cockpit/default/", String.class);
        var cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE).stream().map(c -> c.split(";", 2)[0]).toList();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, String.join("; ", cookies));
        headers.add("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
        var answer = http.exchange("/camunda/api/admin/auth/user/default/login/cockpit", HttpMethod.POST,
                new HttpEntity<>("username=" + user + "&password=" + user, headers), String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getHeaders().get(HttpHeaders.SET_COOKIE).stream().map(c -> c.split(";", 2)[0])
                .filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
    }

    @Test
    void spring_security_leaves_the_engine_api_the_webapps_the_public_form_and_health_as_they_were() {
        // Spring Security's firewall would refuse a ";" parameter with 400 and its headers would forbid framing.
        var engine = http.withBasicAuth("support", "support").getForEntity(URI.create("/engine-rest/task;x=1"), String.class);
        assertThat(engine.getStatusCode()).isEqualTo(HttpStatus.OK);
        var form = http.getForEntity("/privacy-request", String.class);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        var tasklist = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
        var health = http.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        for (var answer : java.util.List.of(engine, form, tasklist, health)) {
            assertThat(answer.getHeaders().getFirst("X-Frame-Options")).isNotEqualTo("DENY");
            assertThat(answer.getHeaders().getCacheControl()).isNotEqualTo("no-cache, no-store, max-age=0, must-revalidate");
        }
        assertThat(health.getHeaders().containsKey("X-Content-Type-Options")).isFalse();
    }
}
