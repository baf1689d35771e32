package org.privacyrequests.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the engine who is working for the length of the request: the controllers start processes and complete
 * tasks under that user's authorizations, and the audit trail names them.
 */
final class EngineLoginForRequest extends OncePerRequestFilter {

    private final IdentityService identityService;

    EngineLoginForRequest(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication() instanceof StaffLogin staff)) {
            chain.doFilter(request, response);
            return;
        }
        identityService.setAuthentication(staff.userId(), staff.groups());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
