package org.privacyrequests.retention;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditTrail;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.privacyrequests.support.ProductTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Managers place and lift legal holds and read the sweeps over HTTP; support may not; wrong input is named. */
@ProductTest
class LegalHoldApiTest {

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditTrail audit;

    @AfterEach
    void liftAll() {
        jdbc.update("UPDATE legal_hold SET lifted_at = CURRENT_TIMESTAMP WHERE lifted_at IS NULL");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_manager_places_a_hold_sees_it_and_lifts_it_once() {
        ResponseEntity<Map> placed = post("manager", Map.of("email", "Piet.Bakker@Example.org", "reason", "Claim about a lost parcel expected"));

        assertThat(placed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(placed.getBody()).containsEntry("email", "piet.bakker@example.org");
        long id = ((Number) placed.getBody().get("id")).longValue();
        List<Map<String, Object>> active = http.withBasicAuth("manager", "manager").getForObject("/api/legal-holds", List.class);
        assertThat(active).anySatisfy(h -> assertThat(h).containsEntry("email", "piet.bakker@example.org").containsEntry("placedBy", "manager"));
        assertThat(audit.of("LH-" + id)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.LEGAL_HOLD_PLACED.code());
            assertThat(e.facts()).isEqualTo(Map.of("reason", "Claim about a lost parcel expected"));
        });

        assertThat(lift("manager", id).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(lift("manager", id).getStatusCode()).as("lifted already").isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    @SuppressWarnings("unchecked")
    void wrong_input_is_named_per_field_and_support_may_not_place_holds_or_read_sweeps() {
        ResponseEntity<Map> wrong = post("manager", Map.of("email", "not-an-address", "reason", "short"));
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((Map<String, String>) wrong.getBody().get("errors")).containsKeys("email", "reason");

        assertThat(post("support", Map.of("email", "a@example.org", "reason", "Claim about a lost parcel")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("support", "support").getForEntity("/api/retention-sweeps", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("manager", "manager").getForEntity("/api/retention-sweeps/999999", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void another_spelling_of_a_managers_path_does_not_let_support_in() {
        for (String path : java.util.List.of("/api/legal-holds;x", "/api/legal%2Dholds", "/api//legal-holds", "/api/./legal-holds")) {
            assertThat(post("support", path, Map.of("email", "a@example.org", "reason", "Claim about a lost parcel")).getStatusCode())
                    .as(path).isIn(HttpStatus.FORBIDDEN, HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND);
        }
        for (String path : java.util.List.of("/managers;x/sla-overview", "/managers/sla%2Doverview", "/api/sla-overview;x")) {
            assertThat(http.withBasicAuth("support", "support").getForEntity(java.net.URI.create(path), String.class).getStatusCode())
                    .as(path).isIn(HttpStatus.FORBIDDEN, HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM legal_hold WHERE email = 'a@example.org'", Integer.class)).isZero();
    }

    private ResponseEntity<Map> post(String user, Map<String, Object> body) {
        return post(user, "/api/legal-holds", body);
    }

    private ResponseEntity<Map> post(String user, String path, Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user).exchange(java.net.URI.create(path), HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
    }

    private ResponseEntity<Void> lift(String user, long id) {
        return http.withBasicAuth(user, user).exchange("/api/legal-holds/" + id, HttpMethod.DELETE, null, Void.class);
    }
}
