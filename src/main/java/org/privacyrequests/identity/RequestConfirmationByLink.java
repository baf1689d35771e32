package org.privacyrequests.identity;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.notifications.MailModel;
import org.privacyrequests.requests.RequesterMail;
import org.privacyrequests.publicform.PublicFormProperties;
import org.privacyrequests.requests.DataSubjectRequest;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.privacyrequests.requests.RequestProcess;
import org.privacyrequests.requests.Basis;
import org.privacyrequests.requests.Decision;
import org.privacyrequests.requests.RequestDecisions;
import org.privacyrequests.web.LinkTokens;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A request by e-mail to change or erase data goes ahead only once the person confirms it through a link sent to
 * the address on file: whoever forged the From header never sees that link. The link works until a set time (a
 * reminder carries a new link with the same end); confirming records the identity decision and lets the process go on.
 */
@Service
class RequestConfirmationByLink {

    public static final String PATH = "/privacy-request/confirm-request";

    private final RequestLinkConfirmations links;
    private final DataSubjectRequestRepository requests;
    private final RequestDecisions decisions;
    private final RequesterMail mail;
    private final RuntimeService runtimeService;
    private final AuditTrail audit;
    private final IdentityProperties properties;
    private final PublicFormProperties publicForm;
    private final Environment environment;
    private final Clock clock;
    private final MailModel mailModel;

    public RequestConfirmationByLink(RequestLinkConfirmations links, DataSubjectRequestRepository requests, RequestDecisions decisions,
                                     RequesterMail mail, RuntimeService runtimeService, AuditTrail audit,
                                     IdentityProperties properties, PublicFormProperties publicForm, Environment environment, Clock clock, MailModel mailModel) {
        this.links = links;
        this.requests = requests;
        this.decisions = decisions;
        this.mail = mail;
        this.runtimeService = runtimeService;
        this.audit = audit;
        this.properties = properties;
        this.publicForm = publicForm;
        this.environment = environment;
        this.clock = clock;
        this.mailModel = mailModel;
    }

    /** Mails the link (or, as a reminder, a new link that ends when the first one does). */
    public void sendLink(String reference, boolean reminder) {
        Instant now = clock.instant();
        Instant expiresAt = reminder ? links.expiryOf(reference).orElse(now.plus(properties.linkValidFor())) : now.plus(properties.linkValidFor());
        String token = LinkTokens.newToken();
        links.insert(LinkTokens.hash(token), reference, now, expiresAt);
        DataSubjectRequest request = requests.find(reference).orElseThrow();
        Map<String, Object> extras = new HashMap<>();
        extras.put("confirmationLink", LinkTokens.link(environment.resolvePlaceholders(publicForm.baseUrl()), PATH, token));
        extras.put("expiresAt", mailModel.dateAndTime(expiresAt, request.language()));
        extras.put("reminder", reminder);
        mail.send(reference, "request-link-confirmation", extras);
    }

    /** What a link stands for now, without using it. */
    public LinkState check(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return new LinkState(LinkState.Status.UNKNOWN, null, null);
        }
        return links.find(LinkTokens.hash(token)).map(link -> {
            DataSubjectRequest request = requests.find(link.reference()).orElse(null);
            if (request == null) {
                return new LinkState(LinkState.Status.UNKNOWN, null, null);
            }
            if (decisions.latest(link.reference(), Decision.SENDER_CONFIRMED).isPresent()) {
                return new LinkState(LinkState.Status.ALREADY_USED, request.reference(), request.language());
            }
            boolean open = request.status() != DataSubjectRequest.RequestStatus.CLOSED && !waiting(link.reference()).isEmpty();
            if (!open || !clock.instant().isBefore(link.expiresAt())) {
                return new LinkState(LinkState.Status.EXPIRED, request.reference(), request.language());
            }
            return new LinkState(LinkState.Status.VALID, request.reference(), request.language());
        }).orElse(new LinkState(LinkState.Status.UNKNOWN, null, null));
    }

    /** Uses the link: records that the person confirmed, exactly once, and lets the request go on. */
    @Transactional
    public LinkState confirm(String token) {
        LinkState state = check(token);
        if (state.status() != LinkState.Status.VALID) {
            return state;
        }
        String reference = state.reference();
        if (!links.claim(reference, clock.instant())) {
            return new LinkState(LinkState.Status.ALREADY_USED, reference, state.language());
        }
        decisions.record(reference, Decision.SENDER_CONFIRMED, Basis.EMAIL_LINK, "requester");
        decisions.record(reference, Decision.IDENTITY_VERIFIED, Basis.EMAIL_LINK, AuditTrail.SYSTEM);
        audit.recordBy(reference, "requester", AuditEvent.of(AuditAction.REQUEST_CONFIRMED));
        runtimeService.createMessageCorrelation(RequestProcess.MESSAGE_CONFIRMED_BY_LINK).processInstanceBusinessKey(reference).correlate();
        return new LinkState(LinkState.Status.CONFIRMED, reference, state.language());
    }

    private java.util.List<?> waiting(String reference) {
        return runtimeService.createExecutionQuery().processInstanceBusinessKey(reference)
                .messageEventSubscriptionName(RequestProcess.MESSAGE_CONFIRMED_BY_LINK).list();
    }

    /** What a confirmation link stands for now. */
    public record LinkState(Status status, String reference, String language) {
        public enum Status { VALID, CONFIRMED, ALREADY_USED, EXPIRED, UNKNOWN }
    }
}
