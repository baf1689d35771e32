package org.privacyrequests.publicform;

import org.privacyrequests.web.LinkTokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.privacyrequests.company.KeyedHash;
import org.privacyrequests.notifications.MailDelivery;
import org.privacyrequests.notifications.MailModel;
import org.privacyrequests.notifications.OutgoingMail;
import org.privacyrequests.requests.NewRequest;
import org.privacyrequests.requests.RequestIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a request from the public form only once its requester has shown the address is theirs: the form
 * is kept with a single-use link mailed to that address, and the request starts when the link is confirmed
 * within its validity. One address and one client may file only so often.
 */
@Service
class WebRequestConfirmation {

    public static final String CHANNEL = "web";
    private static final Logger LOG = LoggerFactory.getLogger(WebRequestConfirmation.class);

    private final PendingWebRequests pending;
    private final RequestIntake intake;
    private final MailDelivery mail;
    private final MailModel mailModel;
    private final PublicFormProperties properties;
    private final Environment environment;
    private final KeyedHash keyedHash;
    private final Clock clock;

    public WebRequestConfirmation(PendingWebRequests pending, RequestIntake intake, MailDelivery mail, MailModel mailModel,
                                  PublicFormProperties properties, Environment environment,
                                  KeyedHash keyedHash, Clock clock) {
        this.pending = pending;
        this.intake = intake;
        this.mail = mail;
        this.mailModel = mailModel;
        this.properties = properties;
        this.environment = environment;
        this.keyedHash = keyedHash;
        this.clock = clock;
    }

    /**
     * Keeps the form and mails the link, in one transaction: if the mail server refuses, nothing is kept and
     * the requester is told to try again.
     */
    @Transactional
    public Submission submit(PublicRequestForm form, String clientAddress) {
        var problems = form.problems();
        if (!problems.isEmpty()) {
            return new Submission(Submission.Result.INVALID, problems);
        }
        Instant now = clock.instant();
        String addressHash = keyedHash("address:" + form.email().toLowerCase(Locale.ROOT));
        String clientHash = keyedHash("client:" + clientAddress);
        if (pending.countByAddressSince(addressHash, now.minus(properties.perAddressWindow())) >= properties.maxPerAddress()) {
            return new Submission(Submission.Result.TOO_MANY_FOR_ADDRESS, Map.of());
        }
        if (pending.countByClientSince(clientHash, now.minus(properties.perClientWindow())) >= properties.maxPerClient()) {
            return new Submission(Submission.Result.TOO_MANY_FROM_CLIENT, Map.of());
        }
        String token = newToken();
        Instant expiresAt = now.plus(properties.linkValidFor());
        pending.insert(tokenHash(token), addressHash, clientHash, form, now, expiresAt);
        mail.sendBeforeFiling(confirmationMail(form, token, expiresAt));
        return new Submission(Submission.Result.LINK_SENT, Map.of());
    }

    /** What a link stands for, without using it: the page asks the requester to press "confirm". */
    public LinkState check(String token) {
        if (token == null || token.isBlank()) {
            return new LinkState(LinkState.Status.UNKNOWN, null);
        }
        return pending.findByToken(tokenHash(token))
                .map(p -> new LinkState(statusOf(p, clock.instant()), p))
                .orElse(new LinkState(LinkState.Status.UNKNOWN, null));
    }

    /** Uses the link: files the request and starts its process, exactly once however often it is pressed. */
    @Transactional
    public LinkState confirm(String token) {
        LinkState state = check(token);
        if (state.status() != LinkState.Status.VALID) {
            return state;
        }
        PendingWebRequest form = state.request();
        Instant now = clock.instant();
        if (!pending.claim(form.id(), now)) {
            return check(token);
        }
        var request = intake.file(new NewRequest(form.requesterEmail(), form.requesterName(),
                List.of(form.requestTypes().split(",")), form.requestText(), form.language(),
                form.submittedAt().toString()), CHANNEL);
        pending.filed(form.id(), request.reference());
        return new LinkState(LinkState.Status.FILED, new PendingWebRequest(form.id(), null, null, null, null,
                form.language(), form.submittedAt(), form.expiresAt(), now, request.reference()));
    }

    /** Expired links and old hashes go: nothing of a form stays longer than its link and the limits need. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void forgetExpired() {
        Duration keep = properties.linkValidFor();
        for (Duration window : List.of(properties.perAddressWindow(), properties.perClientWindow())) {
            keep = window.compareTo(keep) > 0 ? window : keep;
        }
        int deleted = pending.deleteSubmittedBefore(clock.instant().minus(keep));
        if (deleted > 0) {
            LOG.info("Public form: {} expired or used confirmation(s) deleted", deleted);
        }
    }

    private static LinkState.Status statusOf(PendingWebRequest p, Instant now) {
        if (p.confirmed()) {
            return LinkState.Status.ALREADY_USED;
        }
        return p.expiredAt(now) ? LinkState.Status.EXPIRED : LinkState.Status.VALID;
    }

    private OutgoingMail confirmationMail(PublicRequestForm form, String token, Instant expiresAt) {
        // No name in this mail: anyone can type any address, and the mail must not carry their text to it.
        Map<String, Object> model = mailModel.withCompany();
        model.put("types", form.rights());
        model.put("confirmationLink", confirmationLink(token));
        model.put("expiresAt", mailModel.dateAndTime(expiresAt, form.language()));
        return new OutgoingMail(null, form.email(), "request-confirmation", form.language(), model, List.of());
    }

    String confirmationLink(String token) {
        return LinkTokens.link(environment.resolvePlaceholders(properties.baseUrl()), "/privacy-request/confirm", token);
    }

    private static String newToken() {
        return LinkTokens.newToken();
    }

    private static String tokenHash(String token) {
        return LinkTokens.hash(token);
    }

    private String keyedHash(String value) {
        return keyedHash.of(value);
    }

    /** The answer to a submitted form: link sent, or why not. */
    public record Submission(Result result, Map<String, String> problems) {
        public enum Result { LINK_SENT, INVALID, TOO_MANY_FOR_ADDRESS, TOO_MANY_FROM_CLIENT }
    }

    /** What a confirmation link stands for now. */
    public record LinkState(Status status, PendingWebRequest request) {
        public enum Status { VALID, FILED, ALREADY_USED, EXPIRED, UNKNOWN }
    }
}
