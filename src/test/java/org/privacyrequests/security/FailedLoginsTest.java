package org.privacyrequests.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The failed-login limit on its own: a clock in the hand, no engine, no web server. */
class FailedLoginsTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T09:00:00Z"));
    private final FailedLogins failedLogins = new FailedLogins(5, Duration.ofMinutes(15), now::get);

    @Test
    void five_failures_from_one_client_stop_its_logins_until_the_first_leaves_the_window_and_other_clients_go_on() {
        for (int i = 0; i < 5; i++) {
            assertThat(failedLogins.waitFor("192.0.2.7")).as("failure %d", i).isEmpty();
            failedLogins.failed("192.0.2.7");
            now.set(now.get().plusSeconds(60));
        }

        assertThat(failedLogins.waitFor("192.0.2.7")).contains(Duration.ofMinutes(10));
        assertThat(failedLogins.waitFor("198.51.100.1")).isEmpty();

        now.set(now.get().plus(Duration.ofMinutes(10)));
        assertThat(failedLogins.waitFor("192.0.2.7")).as("the first failure has left the window").isEmpty();
        failedLogins.failed("192.0.2.7");
        assertThat(failedLogins.waitFor("192.0.2.7")).contains(Duration.ofMinutes(1));
    }

    @Test
    void four_failures_in_the_window_leave_the_client_free_and_forgetting_all_frees_a_stopped_one() {
        for (int i = 0; i < 4; i++) {
            failedLogins.failed("192.0.2.8");
        }
        assertThat(failedLogins.waitFor("192.0.2.8")).isEmpty();
        failedLogins.failed("192.0.2.8");
        assertThat(failedLogins.waitFor("192.0.2.8")).contains(Duration.ofMinutes(15));

        failedLogins.forgetAll();
        assertThat(failedLogins.waitFor("192.0.2.8")).isEmpty();
    }

    @Test
    void failures_spread_wider_than_the_window_never_stop_a_client() {
        for (int i = 0; i < 20; i++) {
            failedLogins.failed("192.0.2.9");
            now.set(now.get().plus(Duration.ofMinutes(4)));
            assertThat(failedLogins.waitFor("192.0.2.9")).as("failure %d", i).isEmpty();
        }
    }
}
