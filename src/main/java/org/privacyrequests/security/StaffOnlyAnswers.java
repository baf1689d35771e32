package org.privacyrequests.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UrlPathHelper;

/**
 * What the product's API says to someone who may not in: 401 without a login, 403 for a login outside the
 * staff groups or, on the managers' paths, outside the managers. A problem for systems; a page that sends
 * a person to the Cockpit login on {@code /managers}; for a browser elsewhere the product's error page (see staffpages).
 */
final class StaffOnlyAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException noLogin) throws IOException {
        if (isPage(request)) {
            page(response, HttpStatus.UNAUTHORIZED, "Log in to Cockpit as a manager first, then open this page again.");
            return;
        }
        if (isBrowser(request)) {
            // A link from a Tasklist form opened without a login: the error page tells the person to log in (no login box).
            response.sendError(HttpStatus.UNAUTHORIZED.value());
            return;
        }
        if (request.getHeader("Cookie") == null) {
            // Only for systems: a browser that sends a session cookie would show its own login box instead of the page's message.
            response.setHeader("WWW-Authenticate", "Basic realm=\"privacy-requests\"");
        }
        ProblemAnswer.write(response, HttpStatus.UNAUTHORIZED, "Log in: this API needs a staff login.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        var login = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        String userId = login == null ? "?" : login.getName();
        List<String> groups = login instanceof StaffLogin staff ? staff.groups() : List.of();
        if (isBrowser(request) && !isPage(request)) {
            response.sendError(HttpStatus.FORBIDDEN.value());
            return;
        }
        if (!StaffRoles.isStaff(groups)) {
            ProblemAnswer.write(response, HttpStatus.FORBIDDEN, "User " + userId + " is not in a staff group.");
            return;
        }
        String message = "Only managers see this; " + userId + " is not a manager.";
        if (isPage(request)) {
            page(response, HttpStatus.FORBIDDEN, message);
        } else {
            ProblemAnswer.write(response, HttpStatus.FORBIDDEN, message);
        }
    }

    private static boolean isPage(HttpServletRequest request) {
        return PATHS.getPathWithinApplication(request).startsWith("/managers/");
    }

    /** A person's browser asking for a page (Accept names text/html), not a program asking for JSON. */
    private static boolean isBrowser(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        try {
            return org.springframework.http.MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> type.equalsTypeAndSubtype(org.springframework.http.MediaType.TEXT_HTML));
        } catch (org.springframework.util.InvalidMimeTypeException | org.springframework.http.InvalidMediaTypeException malformed) {
            return false;
        }
    }

    private static void page(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Log in</title></head>"
                + "<body style=\"font-family:sans-serif;margin:40px\"><h1>Managers only</h1><p>"
                + HtmlUtils.htmlEscape(message)
                + "</p><p><a href=\"/camunda/app/cockpit/default/\">Log in to Cockpit</a></p></body></html>");
    }
}
