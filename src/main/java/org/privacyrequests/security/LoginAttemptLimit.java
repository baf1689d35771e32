package org.privacyrequests.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Counts failed logins per client on every door that checks a password (HTTP basic on the engine's and the
 * product's API, the webapps' login form) and, past the limit, answers 429 without letting the password be
 * checked. Staff already logged in (a session, no password sent) are not stopped.
 * <p>
 * The client is the connection's address; behind a proxy set {@code server.forward-headers-strategy} so
 * that it is the person's, not the proxy's.
 */
final class LoginAttemptLimit extends OncePerRequestFilter {

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final FailedLogins failedLogins;
    private final List<String> webappLogin;

    LoginAttemptLimit(FailedLogins failedLogins, String webappPath) {
        this.failedLogins = failedLogins;
        this.webappLogin = new java.util.ArrayList<>(EngineApiRoute.segments(webappPath));
        this.webappLogin.addAll(List.of("api", "admin", "auth", "user"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isLogin(request)) {
            chain.doFilter(request, response);
            return;
        }
        String client = request.getRemoteAddr();
        Optional<Duration> wait = failedLogins.waitFor(client);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toNanosPart() > 0 ? 1 : 0));
            response.setHeader("Retry-After", Long.toString(seconds));
            ProblemAnswer.write(response, HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed logins from this address; try again in " + Math.max(1, (seconds + 59) / 60) + " minutes.");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            failedLogins.failed(client);
        }
    }

    /** A password is being checked: basic credentials, or the webapps' login form. */
    private boolean isLogin(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return true;
        }
        if (!"POST".equalsIgnoreCase(request.getMethod())) {
            return false;
        }
        // .../api/admin/auth/user/{engine}/login/{app}
        List<String> path = EngineApiRoute.segments(PATHS.getPathWithinApplication(request));
        int p = webappLogin.size();
        return path.size() == p + 3 && path.subList(0, p).equals(webappLogin) && path.get(p + 1).equals("login");
    }
}
