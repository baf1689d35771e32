package org.privacyrequests.identity;

import java.util.HashMap;
import java.util.Map;
import org.privacyrequests.company.Languages;
import org.privacyrequests.identity.RequestConfirmationByLink.LinkState;
import org.privacyrequests.web.WebPages;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page the confirmation link of a request by e-mail opens (no login). Opening it changes nothing, so a mail
 * scanner that follows links confirms nothing; only the button (a POST) confirms.
 */
@RestController
@RequestMapping(value = RequestConfirmationByLink.PATH, produces = MediaType.TEXT_HTML_VALUE)
class RequestConfirmationController {

    private final RequestConfirmationByLink confirmation;
    private final WebPages pages;

    RequestConfirmationController(RequestConfirmationByLink confirmation, WebPages pages) {
        this.confirmation = confirmation;
        this.pages = pages;
    }

    @GetMapping
    ResponseEntity<String> page(@RequestParam(name = "token", required = false) String token) {
        return answer(confirmation.check(token), token);
    }

    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> confirm(@RequestParam(name = "token", required = false) String token) {
        return answer(confirmation.confirm(token), token);
    }

    private ResponseEntity<String> answer(LinkState state, String token) {
        Map<String, Object> model = new HashMap<>();
        model.put("status", state.status().name());
        if (state.reference() != null) {
            model.put("reference", state.reference());
        } else {
            model.put("english", pages.texts(Languages.ENGLISH));
        }
        if (state.status() == LinkState.Status.VALID) {
            model.put("token", token);
        }
        HttpStatus status = switch (state.status()) {
            case VALID, CONFIRMED -> HttpStatus.OK;
            case ALREADY_USED -> HttpStatus.CONFLICT;
            case EXPIRED -> HttpStatus.GONE;
            case UNKNOWN -> HttpStatus.NOT_FOUND;
        };
        return ResponseEntity.status(status)
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(pages.render("request-link-confirm", state.language() == null ? Languages.DEFAULT : state.language(), model));
    }
}
