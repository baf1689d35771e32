package org.privacyrequests.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.util.UrlPathHelper;

/**
 * The product's own API ({@code /api}) and the managers' pages ({@code /managers}) let in only staff: a
 * system with HTTP basic credentials of a Camunda user in a staff group, or someone logged in to Tasklist or
 * Cockpit. The SLA figures, legal holds and retention sweeps are for managers only.
 * <p>
 * Spring Security sees these paths and nothing else: the Camunda webapps, the engine's REST API, the public
 * request form, health and static files keep their own protection, untouched.
 */
@Configuration
class ProductApiSecurity {

    static final List<String> URL_PATTERNS = List.of("/api/*", "/managers/*");
    /** API paths (and what lies below them) only managers use. */
    private static final List<String> MANAGERS_ONLY = List.of("/api/sla-overview", "/api/legal-holds", "/api/retention-sweeps");
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    @Bean
    SecurityFilterChain productApi(HttpSecurity http, IdentityService identityService) throws Exception {
        StaffOnlyAnswers answers = new StaffOnlyAnswers();
        http.securityMatcher(request -> isProductPath(path(request)))
                .authorizeHttpRequests(access -> access
                        .requestMatchers(request -> isManagersOnly(path(request))).hasAnyAuthority(StaffRoles.MANAGERS, StaffRoles.ADMINS)
                        .anyRequest().hasAnyAuthority(StaffRoles.SUPPORT, StaffRoles.MANAGERS, StaffRoles.ADMINS))
                .httpBasic(basic -> basic.realmName("privacy-requests").authenticationEntryPoint(answers))
                .addFilterBefore(new WebappSessionLogin(), BasicAuthenticationFilter.class)
                .addFilterAfter(new EngineLoginForRequest(identityService), AuthorizationFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(answers).accessDeniedHandler(answers))
                // Every request brings its login (basic credentials or the webapp's session): no session of our own. The
                // session is the webapps'; renewing its id here (session fixation protection) would log Cockpit out
                // while its other calls still carry the old id.
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fixation -> fixation.none()))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                // No CSRF tokens, deliberately. Systems call with HTTP basic and hold no cookie to abuse. Browsers come
                // with the webapp's session cookie, which is SameSite=Lax: another site's page cannot send it along with a
                // POST, PUT or DELETE. And every change here takes a JSON body (or is a DELETE), which another site can
                // only send after a CORS preflight this product never answers with a yes. A token would only stop the
                // systems, which cannot fetch one.
                .csrf(csrf -> csrf.disable())
                // Answers hold personal data: never cached, and never read by a browser as anything but their type.
                .headers(headers -> headers.cacheControl(cache -> cache.disable())
                        .addHeaderWriter(new StaticHeadersWriter("Cache-Control", "no-store")));
        return http.build();
    }

    /**
     * Spring Boot puts Spring Security's filter in front of every path; here it only goes in front of the
     * product's own, so its firewall and headers do not change how the webapps, the engine's API or the
     * public form answer.
     */
    @Bean
    static BeanPostProcessor springSecurityOnTheProductsPathsOnly() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof DelegatingFilterProxyRegistrationBean registration && name.equals("securityFilterChainRegistration")) {
                    registration.setUrlPatterns(URL_PATTERNS);
                }
                return bean;
            }
        };
    }

    /** The path as the controllers see it: decoded, without ";..." parameters, so no other spelling passes for another path. */
    private static String path(jakarta.servlet.http.HttpServletRequest request) {
        return PATHS.getPathWithinApplication(request);
    }

    private static boolean isProductPath(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/managers") || path.startsWith("/managers/");
    }

    private static boolean isManagersOnly(String path) {
        return path.startsWith("/managers/") || MANAGERS_ONLY.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }
}
