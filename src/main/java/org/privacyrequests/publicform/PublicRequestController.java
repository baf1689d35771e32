package org.privacyrequests.publicform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.privacyrequests.company.Languages;
import org.privacyrequests.publicform.WebRequestConfirmation.LinkState;
import org.privacyrequests.publicform.WebRequestConfirmation.Submission;
import org.privacyrequests.requests.RequestType;
import org.privacyrequests.web.WebPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.MailException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public page where anyone files a privacy request ({@code /privacy-request}, no login, Dutch and
 * English), and the page its confirmation link opens. Every answer is a page a person can read: wrong
 * input is shown next to its field, limits and a mail server that is down get a sentence, never a trace.
 */
@RestController
@RequestMapping(value = "/privacy-request", produces = MediaType.TEXT_HTML_VALUE)
class PublicRequestController {

    private static final Logger LOG = LoggerFactory.getLogger(PublicRequestController.class);
    /** The rights offered on the form, in the order shown; "unclear" is "something else". */
    static final List<String> RIGHTS = List.of(RequestType.ACCESS, RequestType.RECTIFICATION, RequestType.ERASURE,
            RequestType.RESTRICTION, RequestType.PORTABILITY, RequestType.OBJECTION, RequestType.UNCLEAR)
            .stream().map(RequestType::code).toList();

    private final WebRequestConfirmation confirmation;
    private final WebPages pages;

    public PublicRequestController(WebRequestConfirmation confirmation, WebPages pages) {
        this.confirmation = confirmation;
        this.pages = pages;
    }

    @GetMapping
    public ResponseEntity<String> form(@RequestParam(name = "lang", required = false) String lang,
                                       @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
        String language = WebPages.languageOf(lang, acceptLanguage);
        return formPage(HttpStatus.OK, new PublicRequestForm("", "", List.of(), "", language), Map.of(), null);
    }

    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public ResponseEntity<String> submit(@RequestParam(name = "name", required = false) String name,
                                         @RequestParam(name = "email", required = false) String email,
                                         @RequestParam(name = "rights", required = false) List<String> rights,
                                         @RequestParam(name = "text", required = false) String text,
                                         @RequestParam(name = "lang", required = false) String lang,
                                         HttpServletRequest request) {
        var form = new PublicRequestForm(name, email, rights, text, lang);
        Submission submission;
        try {
            submission = confirmation.submit(form, request.getRemoteAddr());
        } catch (MailException mailServerDown) {
            LOG.warn("Public form: the confirmation mail could not be sent ({}); the requester was asked to try again",
                    mailServerDown.getClass().getSimpleName());
            return formPage(HttpStatus.SERVICE_UNAVAILABLE, form, Map.of(), "error.mailDown");
        }
        return switch (submission.result()) {
            case INVALID -> formPage(HttpStatus.BAD_REQUEST, form, submission.problems(), "error.summary");
            case TOO_MANY_FOR_ADDRESS -> formPage(HttpStatus.TOO_MANY_REQUESTS, form, Map.of(), "error.tooManyForAddress");
            case TOO_MANY_FROM_CLIENT -> formPage(HttpStatus.TOO_MANY_REQUESTS, form, Map.of(), "error.tooManyFromClient");
            case LINK_SENT -> page(HttpStatus.OK, "privacy-request-sent", form.language(), Map.of("email", form.email()));
        };
    }

    @GetMapping("/confirm")
    public ResponseEntity<String> confirmPage(@RequestParam(name = "token", required = false) String token) {
        LinkState state = confirmation.check(token);
        return linkPage(state, token);
    }

    @PostMapping(value = "/confirm", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public ResponseEntity<String> confirm(@RequestParam(name = "token", required = false) String token) {
        return linkPage(confirmation.confirm(token), token);
    }

    private ResponseEntity<String> linkPage(LinkState state, String token) {
        Map<String, Object> model = new HashMap<>();
        model.put("status", state.status().name());
        // A link is opened from a mail, in a language the form chose; an unknown link gets Dutch with English below.
        String language = state.request() == null ? Languages.DEFAULT : state.request().language();
        if (state.request() == null) {
            model.put("english", pages.texts(Languages.ENGLISH));
        }
        if (state.request() != null && state.request().reference() != null) {
            model.put("reference", state.request().reference());
        }
        if (state.status() == LinkState.Status.VALID) {
            model.put("token", token);
            model.put("name", state.request().requesterName() == null ? "" : state.request().requesterName());
            model.put("email", state.request().requesterEmail());
            model.put("rights", List.of(state.request().requestTypes().split(",")));
        }
        HttpStatus status = switch (state.status()) {
            case VALID, FILED -> HttpStatus.OK;
            case ALREADY_USED -> HttpStatus.CONFLICT;
            case EXPIRED -> HttpStatus.GONE;
            case UNKNOWN -> HttpStatus.NOT_FOUND;
        };
        return page(status, "privacy-request-confirm", language, model);
    }

    private ResponseEntity<String> formPage(HttpStatus status, PublicRequestForm form, Map<String, String> problems, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", Map.of("name", form.name(), "email", form.email(), "rights", form.rights(), "text", form.text()));
        model.put("problems", problems);
        model.put("allRights", RIGHTS);
        model.put("maxText", PublicRequestForm.MAX_TEXT);
        if (message != null) {
            model.put("message", message);
        }
        return page(status, "privacy-request", form.language(), model);
    }

    private ResponseEntity<String> page(HttpStatus status, String page, String language, Map<String, Object> model) {
        return ResponseEntity.status(status)
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(pages.render(page, language, model));
    }
}
