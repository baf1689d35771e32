package org.privacyrequests.staffpages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.privacyrequests.web.WebPages;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * What a person sees in a browser when something goes wrong (no login, no right, nothing at that address, a failure):
 * a page in words that says what to do, instead of Spring's "Whitelabel Error Page". Staff pages ({@code /api},
 * {@code /managers}, and Cockpit refusing a login without it) speak the staff language, others the browser's. Programs asking for JSON keep their JSON answers.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    private final WebPages pages;
    private final CaseFiles caseFiles;

    ErrorPages(WebPages pages, CaseFiles caseFiles) {
        this.pages = pages;
        this.caseFiles = caseFiles;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String path = String.valueOf(model.getOrDefault("path", ""));
        // Tasklist's link icon opens a task's process in Cockpit, which is for managers: support is refused there in words.
        boolean cockpit = status == HttpStatus.FORBIDDEN && path.contains("/app/cockpit/");
        boolean staff = path.startsWith("/api/") || path.startsWith("/managers/") || cockpit;
        String language = staff ? caseFiles.language() : WebPages.languageOf(null, request.getHeader("Accept-Language"));
        String html = render(status, cockpit ? "cockpit" : kind(status), language, staff);
        View view = (m, req, response) -> {
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write(html);
        };
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        return page;
    }

    /** The error page for a status, in the language. */
    String render(HttpStatus status, String language, boolean staff) {
        return render(status, kind(status), language, staff);
    }

    private String render(HttpStatus status, String kind, String language, boolean staff) {
        Map<String, Object> model = new HashMap<>();
        model.put("status", status.value());
        model.put("kind", kind);
        model.put("staff", staff);
        return pages.render("staff-error", language, model);
    }

    /** The kinds of error the texts explain; anything else is a failure on our side or a request we cannot handle. */
    static String kind(HttpStatus status) {
        return switch (status.value()) {
            case 401 -> "login";
            case 403 -> "forbidden";
            case 404 -> "notFound";
            default -> status.is4xxClientError() ? "badRequest" : "failure";
        };
    }
}
