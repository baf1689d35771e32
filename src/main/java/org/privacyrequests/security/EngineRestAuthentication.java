package org.privacyrequests.security;

import jakarta.servlet.Filter;
import java.time.Clock;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API ({@code /engine-rest}) answers only to a login (HTTP basic), and then only with
 * what that user's Camunda authorizations (and {@link EngineApiGuard}) allow. The product's own API is
 * protected by {@link ProductApiSecurity}.
 */
@Configuration
class EngineRestAuthentication {

    @Bean
    public FilterRegistrationBean<Filter> engineRestAuthenticationFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.setOrder(10);
        return registration;
    }

    /** After the engine's login (order 10), so the guard knows the caller; on the webapps' copy of the API too. */
    @Bean
    public FilterRegistrationBean<EngineApiGuard> engineApiGuardRegistration(EngineApiGuard guard,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        FilterRegistrationBean<EngineApiGuard> registration = new FilterRegistrationBean<>(guard);
        registration.setName("engine-api-guard");
        registration.addUrlPatterns("/engine-rest/*", webappPath + "/api/engine/*");
        registration.setOrder(12);
        return registration;
    }

    /** The client's failed logins, counted across all doors; one per application. */
    @Bean
    public FailedLogins failedLogins(LoginLimitProperties limits, Clock clock) {
        return new FailedLogins(limits.loginAttemptsPerClient(), limits.loginAttemptsWindow(), clock::instant);
    }

    /** First of all filters (Spring Security's sits at -100, the engine's login at 10): no password checked past the limit. */
    @Bean
    public FilterRegistrationBean<LoginAttemptLimit> loginAttemptLimitRegistration(FailedLogins failedLogins,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        FilterRegistrationBean<LoginAttemptLimit> registration = new FilterRegistrationBean<>(new LoginAttemptLimit(failedLogins, webappPath));
        registration.setName("login-attempt-limit");
        registration.addUrlPatterns("/engine-rest/*", "/api/*", "/managers/*", webappPath + "/api/admin/auth/user/*");
        registration.setOrder(-1000);
        return registration;
    }
}
