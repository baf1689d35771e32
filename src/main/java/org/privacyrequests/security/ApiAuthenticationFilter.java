package org.privacyrequests.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets into the product's own API ({@code /api}) only staff: someone logged in to the Camunda webapps
 * (so links in Tasklist forms work) or a system with HTTP basic credentials of a Camunda user in one of the
 * staff groups. Anyone else gets 401 (no login) or 403 (not staff). The managers' pages ({@code /managers})
 * and the SLA figures behind them are for managers only; a person who is not logged in gets a page that
 * sends them to the Cockpit login.
 */
@Component
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    private static final String ENGINE = "default";
    private static final org.springframework.web.util.UrlPathHelper PATHS = new org.springframework.web.util.UrlPathHelper();
    /** API paths (and what lies below them) only managers use. */
    private static final List<String> MANAGERS_ONLY = List.of("/api/sla-overview", "/api/legal-holds", "/api/retention-sweeps");

    private final IdentityService identityService;

    public ApiAuthenticationFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Answers hold personal data: never cached, and never read by a browser as anything but their type.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        StaffMember staff = fromWebappSession(request);
        if (staff == null) {
            staff = fromBasicAuthentication(request);
        }
        // The path as the controllers see it: decoded, without ";..." parameters, so "/api/legal%2Dholds" or
        // "/managers;x/..." cannot pass for another path here and reach the same controller.
        String path = PATHS.getPathWithinApplication(request);
        boolean page = path.startsWith("/managers/");
        if (staff == null) {
            if (page) {
                personProblem(response, HttpServletResponse.SC_UNAUTHORIZED, "Log in to Cockpit as a manager first, then open this page again.");
                return;
            }
            if (request.getHeader("Cookie") == null) {
                // Only for systems: a browser that sends a session cookie would show its own login box instead of the page's message.
                response.setHeader("WWW-Authenticate", "Basic realm=\"privacy-requests\"");
            }
            problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Log in: this API needs a staff login.");
            return;
        }
        if (!StaffRoles.isStaff(staff.groups())) {
            problem(response, HttpServletResponse.SC_FORBIDDEN, "User " + staff.userId() + " is not in a staff group.");
            return;
        }
        if ((page || MANAGERS_ONLY.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/")))
                && !StaffRoles.isManager(staff.groups())) {
            String message = "Only managers see this; " + staff.userId() + " is not a manager.";
            if (page) {
                personProblem(response, HttpServletResponse.SC_FORBIDDEN, message);
            } else {
                problem(response, HttpServletResponse.SC_FORBIDDEN, message);
            }
            return;
        }
        identityService.setAuthentication(staff.userId(), staff.groups());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private StaffMember fromWebappSession(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null) {
            return null;
        }
        var authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null || !(authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user)) {
            return null;
        }
        return new StaffMember(user.getIdentityId(), user.getGroupIds() == null ? List.of() : user.getGroupIds());
    }

    private StaffMember fromBasicAuthentication(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String userId = decoded.substring(0, colon);
        if (!identityService.checkPassword(userId, decoded.substring(colon + 1))) {
            return null;
        }
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        return new StaffMember(userId, groups);
    }

    private static void problem(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"message\":\"" + message.replace("\"", "'") + "\"}");
    }

    /** The same answer as a page a person reads in the browser. */
    private static void personProblem(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Log in</title></head>"
                + "<body style=\"font-family:sans-serif;margin:40px\"><h1>Managers only</h1><p>"
                + org.springframework.web.util.HtmlUtils.htmlEscape(message)
                + "</p><p><a href=\"/camunda/app/cockpit/default/\">Log in to Cockpit</a></p></body></html>");
    }

    private record StaffMember(String userId, List<String> groups) {
    }
}
