package org.privacyrequests.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops a production start-up at once, with one message naming every problem, instead of letting it fail
 * later on a placeholder deep inside the engine, or start with what is only safe for a demo on one's own
 * machine: no administrator, the H2 file database, an empty database password, the demo anonymisation or keyed-hash key,
 * demo logins, or a mail or mailbox password sent without TLS.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor {

    /** The environment variables production cannot start without, and what each is for. */
    static final Map<String, String> REQUIRED = new LinkedHashMap<>();

    /** The anonymisation key of the default profile: published with the source, so no secret. */
    static final String DEMO_ANONYMISATION_KEY = "demo-only-anonymisation-key";

    static {
        REQUIRED.put("PRIVACY_ADMIN_USER", "login of the first administrator");
        REQUIRED.put("PRIVACY_ADMIN_PASSWORD", "password of the first administrator");
        REQUIRED.put("PRIVACY_SMTP_HOST", "the mail server answers go out through");
        REQUIRED.put("PRIVACY_PUBLIC_URL", "the address people reach this product at (links in the public form's mails)");
        REQUIRED.put("PRIVACY_ANONYMISATION_KEY", "secret key of the keyed hashes that replace anonymised values");
        REQUIRED.put("PRIVACY_MAILBOX_HOST", "the IMAP server of the support mailbox");
        REQUIRED.put("PRIVACY_MAILBOX_USER", "the support mailbox's login");
        REQUIRED.put("PRIVACY_MAILBOX_PASSWORD", "the support mailbox's password");
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            return;
        }
        List<String> problems = new ArrayList<>();
        boolean mailboxEnabled = !"false".equals(value(environment, "PRIVACY_MAILBOX_ENABLED"))
                && !"false".equals(value(environment, "privacy.intake.mailbox.enabled"));
        List<String> missing = new ArrayList<>();
        REQUIRED.forEach((name, purpose) -> {
            if (blank(value(environment, name)) && (mailboxEnabled || !name.startsWith("PRIVACY_MAILBOX_"))) {
                missing.add(name + " (" + purpose + ")");
            }
        });
        if (!missing.isEmpty()) {
            problems.add("the prod profile needs these environment variables: " + String.join(", ", missing));
        }
        String adminPassword = value(environment, "PRIVACY_ADMIN_PASSWORD");
        if (!blank(adminPassword) && adminPassword.length() < 12) {
            problems.add("PRIVACY_ADMIN_PASSWORD must be at least 12 characters in production");
        }
        checkDatabase(environment, problems);
        checkDemo(environment, problems);
        checkOutgoingMail(environment, problems);
        if (mailboxEnabled) {
            checkMailbox(environment, problems);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The prod profile cannot start: " + String.join("; ", problems) + ".");
        }
    }

    private static void checkDatabase(ConfigurableEnvironment env, List<String> problems) {
        String url = value(env, "spring.datasource.url");
        if (blank(url)) {
            problems.add("no database URL (run with the postgres profile and PRIVACY_DB_URL)");
        } else if (url.trim().toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:h2:")) {
            problems.add("the database is H2 (" + url + "), the demo's file database: run with the postgres profile and PRIVACY_DB_URL");
        }
        if (blank(value(env, "spring.datasource.password"))) {
            problems.add("the database password is empty (PRIVACY_DB_PASSWORD)");
        }
    }

    private static void checkDemo(ConfigurableEnvironment env, List<String> problems) {
        // The keyed hash's key defaults to the anonymisation key; set on its own, it must not be the demo's either.
        if (DEMO_ANONYMISATION_KEY.equals(value(env, "privacy.connectors.anonymisation-key"))
                || DEMO_ANONYMISATION_KEY.equals(value(env, "PRIVACY_ANONYMISATION_KEY"))) {
            problems.add("the anonymisation key is the demo's published key (set PRIVACY_ANONYMISATION_KEY to a long random secret)");
        } else if (DEMO_ANONYMISATION_KEY.equals(value(env, "privacy.keyed-hash.key"))) {
            problems.add("the keyed hash's key (privacy.keyed-hash.key) is the demo's published key (leave it unset, so it is "
                    + "PRIVACY_ANONYMISATION_KEY, or set it to a long random secret)");
        }
        if (isTrue(value(env, "privacy.demo.enabled"))) {
            problems.add("the demo users (demo, support, support2, manager, manager2; password = login) and demo data are on "
                    + "(privacy.demo.enabled must be false)");
        }
        String adminId = value(env, "camunda.bpm.admin-user.id");
        String adminPassword = value(env, "camunda.bpm.admin-user.password");
        if (adminId != null && adminId.equals(adminPassword)) {
            problems.add("the administrator's password is its login (" + adminId + "), as the demo's demo/demo");
        }
        String flyway = value(env, "spring.flyway.locations");
        if (flyway != null && flyway.contains("db/demo")) {
            problems.add("the demo company's data is loaded (spring.flyway.locations holds db/demo)");
        }
        if (isTrue(value(env, "privacy.mail.embedded-server.enabled"))) {
            problems.add("the embedded demo mail server is on (privacy.mail.embedded-server.enabled must be false)");
        }
    }

    /** A login to the mail server only over TLS: smtps, or STARTTLS that is required, not merely tried. */
    private static void checkOutgoingMail(ConfigurableEnvironment env, List<String> problems) {
        String prefix = "spring.mail.properties.mail.smtp.";
        boolean login = isTrue(value(env, prefix + "auth")) || !blank(value(env, "spring.mail.password"));
        boolean tls = "smtps".equalsIgnoreCase(value(env, "spring.mail.protocol")) || isTrue(value(env, prefix + "ssl.enable"))
                || (isTrue(value(env, prefix + "starttls.enable")) && isTrue(value(env, prefix + "starttls.required")));
        if (login && !tls) {
            problems.add("the SMTP login would be sent without TLS (with PRIVACY_SMTP_AUTH or a PRIVACY_SMTP_PASSWORD, "
                    + "PRIVACY_SMTP_STARTTLS must be true: mail.smtp.starttls.enable and mail.smtp.starttls.required)");
        }
    }

    private static void checkMailbox(ConfigurableEnvironment env, List<String> problems) {
        String prefix = "privacy.intake.mailbox.";
        boolean login = !blank(value(env, prefix + "password"));
        boolean tls = "imaps".equalsIgnoreCase(trimmed(value(env, prefix + "protocol"))) || isTrue(value(env, prefix + "starttls"));
        if (login && !tls) {
            problems.add("the support mailbox's password would be sent without TLS (PRIVACY_MAILBOX_PROTOCOL imaps, "
                    + "or PRIVACY_MAILBOX_STARTTLS true with imap)");
        }
    }

    /** A setting's value; null when it is not set or names a variable that is not set (reported as missing). */
    private static String value(ConfigurableEnvironment env, String name) {
        try {
            return env.getProperty(name);
        } catch (IllegalArgumentException unresolvable) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean isTrue(String value) {
        return value != null && value.trim().equalsIgnoreCase("true");
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
