package org.privacyrequests.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cockpit is for managers (see {@link RoleAuthorizations}); Tasklist still shows everyone a link icon next to a task's
 * process that opens the process in Cockpit. Someone logged in to Tasklist without Cockpit (support) who follows it
 * gets the product's error page, which says Cockpit is for managers and leads to the case's own page, instead of the
 * webapp's bare 403. Nobody gains Cockpit by it: the page is only an answer in words.
 */
@Configuration
class CockpitForManagers {

    private static final String ENGINE = "default";
    private static final String COCKPIT = "cockpit";

    @Bean
    FilterRegistrationBean<RefuseInWords> cockpitForManagersFilter(@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        FilterRegistrationBean<RefuseInWords> registration = new FilterRegistrationBean<>(new RefuseInWords());
        registration.setName("cockpit-for-managers");
        registration.addUrlPatterns(webappPath + "/app/cockpit/*");
        // Before the webapps' own filters, which answer a login without Cockpit with a bare 403.
        registration.setOrder(-100);
        return registration;
    }

    static final class RefuseInWords extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var session = request.getSession(false);
            var logins = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
            if ("GET".equals(request.getMethod()) && logins != null
                    && logins.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user
                    && !user.isAuthorizedForApp(COCKPIT)) {
                // The product's error page (staffpages/ErrorPages) words a 403 on Cockpit's address for staff.
                response.sendError(HttpStatus.FORBIDDEN.value());
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
