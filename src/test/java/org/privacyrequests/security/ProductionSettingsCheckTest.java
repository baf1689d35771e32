package org.privacyrequests.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

/**
 * A production start-up without its secrets, or with what is only safe for the demo on one's own machine,
 * stops at once and names every problem. The settings come from the real profile files, as Spring reads them.
 */
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
    void a_complete_set_up_on_postgresql_with_tls_to_both_mail_servers_starts() throws IOException {
        MockEnvironment env = production(List.of("prod", "postgres"), Map.of());

        assertThatCode(() -> check.postProcessEnvironment(env, new SpringApplication())).doesNotThrowAnyException();
    }

    @Test
    void a_short_administrator_password_is_refused() throws IOException {
        MockEnvironment env = production(List.of("prod", "postgres"), Map.of("PRIVACY_ADMIN_PASSWORD", "short"));

        assertThatThrownBy(() -> check.postProcessEnvironment(env, new SpringApplication())).hasMessageContaining("at least 12");
    }

    @Test
    void demo_settings_in_production_are_all_named_in_one_message() throws IOException {
        // prod without the postgres profile: the default profile's H2 file database, no database password.
        MockEnvironment env = production(List.of("prod"), Map.of(
                "PRIVACY_ANONYMISATION_KEY", "demo-only-anonymisation-key",
                "PRIVACY_ADMIN_USER", "manager-of-privacy", "PRIVACY_ADMIN_PASSWORD", "manager-of-privacy",
                "PRIVACY_SMTP_PASSWORD", "smtp-secret", "PRIVACY_SMTP_STARTTLS", "false",
                "PRIVACY_MAILBOX_PROTOCOL", "imap", "privacy.demo.enabled", "true"));

        assertThatThrownBy(() -> check.postProcessEnvironment(env, new SpringApplication()))
                .hasMessageContaining("H2").hasMessageContaining("database password is empty")
                .hasMessageContaining("demo's published key").hasMessageContaining("demo users")
                .hasMessageContaining("password is its login")
                .hasMessageContaining("SMTP login would be sent without TLS")
                .hasMessageContaining("support mailbox's password would be sent without TLS");
    }

    @Test
    void the_demo_key_set_as_the_keyed_hash_key_is_refused() throws IOException {
        MockEnvironment env = production(List.of("prod", "postgres"), Map.of("privacy.keyed-hash.key", "demo-only-anonymisation-key"));

        assertThatThrownBy(() -> check.postProcessEnvironment(env, new SpringApplication()))
                .hasMessageContaining("privacy.keyed-hash.key").hasMessageContaining("demo's published key");
    }

    @Test
    void the_demo_administrator_demo_demo_is_refused() throws IOException {
        MockEnvironment env = production(List.of("prod", "postgres"),
                Map.of("camunda.bpm.admin-user.id", "demo", "camunda.bpm.admin-user.password", "demo"));

        assertThatThrownBy(() -> check.postProcessEnvironment(env, new SpringApplication())).hasMessageContaining("demo/demo");
    }

    @Test
    void smtp_starttls_that_is_only_tried_is_not_enough_for_a_login() throws IOException {
        MockEnvironment env = production(List.of("prod", "postgres"),
                Map.of("spring.mail.properties.mail.smtp.starttls.required", "false"));

        assertThatThrownBy(() -> check.postProcessEnvironment(env, new SpringApplication())).hasMessageContaining("SMTP login");
    }

    @Test
    void a_mailbox_over_plain_imap_needs_starttls_and_without_a_login_or_password_nothing_needs_tls() throws IOException {
        MockEnvironment plain = production(List.of("prod", "postgres"), Map.of("PRIVACY_MAILBOX_PROTOCOL", "imap"));
        assertThatThrownBy(() -> check.postProcessEnvironment(plain, new SpringApplication())).hasMessageContaining("support mailbox");

        MockEnvironment starttls = production(List.of("prod", "postgres"),
                Map.of("PRIVACY_MAILBOX_PROTOCOL", "imap", "PRIVACY_MAILBOX_STARTTLS", "true"));
        assertThatCode(() -> check.postProcessEnvironment(starttls, new SpringApplication())).doesNotThrowAnyException();

        MockEnvironment noLogin = production(List.of("prod", "postgres"),
                Map.of("PRIVACY_SMTP_AUTH", "false", "PRIVACY_SMTP_PASSWORD", "", "PRIVACY_SMTP_STARTTLS", "false",
                        "PRIVACY_MAILBOX_ENABLED", "false"));
        assertThatCode(() -> check.postProcessEnvironment(noLogin, new SpringApplication())).doesNotThrowAnyException();
    }

    @Test
    void production_sends_session_cookies_over_https_only_and_tells_browsers_to_stay_on_https() throws IOException {
        MockEnvironment env = production(List.of("prod", "postgres"), Map.of());

        assertThat(List.of("server.servlet.session.cookie.secure",
                        "camunda.bpm.webapp.session-cookie.enable-secure-cookie"))
                .allSatisfy(name -> assertThat(env.getProperty(name)).as(name).isEqualTo("true"));
        assertThat(env.getProperty("camunda.bpm.webapp.header-security.hsts-disabled")).isEqualTo("false");
        assertThat(env.getProperty("server.forward-headers-strategy")).isEqualTo("native");
    }

    @Test
    void the_default_profile_needs_none_of_this() {
        assertThatCode(() -> check.postProcessEnvironment(new MockEnvironment(), new SpringApplication())).doesNotThrowAnyException();
    }

    /**
     * The environment a node gets from application.yml and the named profiles' files, with a complete, safe
     * set of variables, changed by {@code overrides}.
     */
    static MockEnvironment production(List<String> profiles, Map<String, String> overrides) throws IOException {
        Map<String, Object> variables = new HashMap<>(Map.of(
                "PRIVACY_ADMIN_USER", "admin", "PRIVACY_ADMIN_PASSWORD", "a-long-enough-secret",
                "PRIVACY_SMTP_HOST", "smtp.example.org", "PRIVACY_SMTP_USER", "privacy", "PRIVACY_SMTP_PASSWORD", "smtp-secret",
                "PRIVACY_PUBLIC_URL", "https://privacy.example.org", "PRIVACY_ANONYMISATION_KEY", "a-long-random-secret",
                "PRIVACY_MAILBOX_HOST", "imap.example.org", "PRIVACY_MAILBOX_USER", "support@example.org",
                "PRIVACY_MAILBOX_PASSWORD", "mailbox-secret"));
        variables.put("PRIVACY_DB_URL", "jdbc:postgresql://db.example.org:5432/privacy");
        variables.put("PRIVACY_DB_PASSWORD", "database-secret");
        variables.putAll(overrides);
        return environment(profiles, variables);
    }

    /** The environment application.yml and the named profiles' files give with these environment variables. */
    static MockEnvironment environment(List<String> profiles, Map<String, Object> variables) throws IOException {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles(profiles.toArray(new String[0]));
        env.getPropertySources().addFirst(new MapPropertySource("environment variables", variables));
        for (String file : List.of("application.yml", "application-prod.yml", "application-postgres.yml")) {
            String profile = file.equals("application.yml") ? null : file.substring("application-".length(), file.indexOf(".yml"));
            if (profile == null || profiles.contains(profile)) {
                for (PropertySource<?> source : new YamlPropertySourceLoader().load(file, new ClassPathResource(file))) {
                    // Later profiles win over earlier ones, every profile over application.yml.
                    env.getPropertySources().addAfter("environment variables", source);
                }
            }
        }
        return env;
    }
}
