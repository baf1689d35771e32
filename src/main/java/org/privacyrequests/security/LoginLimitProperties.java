package org.privacyrequests.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed logins one client (IP address) may have in the window before its logins are refused
 * unchecked: below the engine's own lockout of a user (camunda.bpm.generic-properties: login-max-attempts, 10).
 */
@ConfigurationProperties("privacy.security")
public record LoginLimitProperties(
        @DefaultValue("5") int loginAttemptsPerClient,
        @DefaultValue("PT15M") Duration loginAttemptsWindow) {
}
