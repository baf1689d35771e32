package org.privacyrequests.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** A production start-up without its secrets stops at once and says which ones are missing. */
class ProductionSettingsCheckTest {

    final ProductionSettingsCheck check = new ProductionSettingsCheck();

    @Test
    void production_without_an_administrator_stops_and_names_every_missing_variable() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("prod", "postgres");
        env.setProperty("PRIVACY_SMTP_HOST", "smtp.example.org");

        assertThatThrownBy(() -> check.postProcessEnvironment(env, new SpringApplication()))
                .hasMessageContaining("PRIVACY_ADMIN_USER").hasMessageContaining("PRIVACY_ADMIN_PASSWORD")
                .hasMessageContaining("PRIVACY_MAILBOX_HOST").hasMessageNotContaining("PRIVACY_SMTP_HOST");
    }

    @Test
    void a_short_administrator_password_is_refused_and_a_complete_set_up_starts() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("prod");
        env.setProperty("PRIVACY_ADMIN_USER", "admin");
        env.setProperty("PRIVACY_ADMIN_PASSWORD", "short");
        env.setProperty("PRIVACY_SMTP_HOST", "smtp.example.org");
        env.setProperty("PRIVACY_ANONYMISATION_KEY", "a-long-random-secret");
        env.setProperty("PRIVACY_PUBLIC_URL", "https://privacy.example.org");
        env.setProperty("PRIVACY_MAILBOX_ENABLED", "false");
        assertThatThrownBy(() -> check.postProcessEnvironment(env, new SpringApplication())).hasMessageContaining("at least 12");

        env.setProperty("PRIVACY_ADMIN_PASSWORD", "a-long-enough-secret");
        assertThatCode(() -> check.postProcessEnvironment(env, new SpringApplication())).doesNotThrowAnyException();
    }

    @Test
    void the_default_profile_needs_none_of_this() {
        assertThatCode(() -> check.postProcessEnvironment(new MockEnvironment(), new SpringApplication())).doesNotThrowAnyException();
    }
}
