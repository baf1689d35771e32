package org.privacyrequests.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Someone logged in to Tasklist or Cockpit is logged in to the product's API too: the links in Tasklist
 * forms and the Cockpit plugin open {@code /api/...} with the webapp's session cookie.
 */
final class WebappSessionLogin extends OncePerRequestFilter {

    private static final String ENGINE = "default";

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        var authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        if (authentications != null && authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user) {
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(new StaffLogin(user.getIdentityId(), user.getGroupIds() == null ? List.of() : user.getGroupIds()));
            contexts.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
