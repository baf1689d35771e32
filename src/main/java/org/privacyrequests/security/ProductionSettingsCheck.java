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
 * Stops a production start-up at once, with one message naming every missing setting, instead of letting
 * it fail later on a placeholder deep inside the engine (or, worse, start with no administrator).
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor {

    /** The environment variables production cannot start without, and what each is for. */
    static final Map<String, String> REQUIRED = new LinkedHashMap<>();

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
        List<String> missing = new ArrayList<>();
        REQUIRED.forEach((name, purpose) -> {
            String value = environment.getProperty(name);
            if (value == null || value.isBlank()) {
                missing.add(name + " (" + purpose + ")");
            }
        });
        if ("false".equals(environment.getProperty("PRIVACY_MAILBOX_ENABLED"))) {
            missing.removeIf(m -> m.startsWith("PRIVACY_MAILBOX_"));
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The prod profile needs these environment variables: " + String.join(", ", missing));
        }
        String password = environment.getProperty("PRIVACY_ADMIN_PASSWORD");
        if (password.length() < 12) {
            throw new IllegalStateException("PRIVACY_ADMIN_PASSWORD must be at least 12 characters in production.");
        }
    }
}
