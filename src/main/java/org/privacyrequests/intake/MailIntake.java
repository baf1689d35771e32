package org.privacyrequests.intake;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.complaints.ComplainantReply;
import org.privacyrequests.complaints.ComplaintIntake;
import org.privacyrequests.complaints.ComplaintProcess;
import org.privacyrequests.references.References;
import org.privacyrequests.requests.RequestIntake;
import org.privacyrequests.requests.RequestProcess;
import org.privacyrequests.routing.Webshop;
import org.privacyrequests.routing.Webshops;
import org.privacyrequests.web.LinkTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides what one e-mail from the support mailbox starts or continues, in one transaction with the
 * record that it was handled: a new request or complaint, a reply that continues one (identity
 * information, a complainant's verdict on our answer, a webshop's instruction, a question or another right
 * for support), correspondence kept with it, a bounce that raises a task, or nothing (auto-replies, our own
 * mails, duplicates, mails that are no privacy matter).
 */
@Service
class MailIntake {

    private static final Logger LOG = LoggerFactory.getLogger(MailIntake.class);

    private final IncomingMails incomingMails;
    private final MailClassifier classifier;
    private final RequestIntake requestIntake;
    private final ComplaintIntake complaintIntake;
    private final ComplainantReply complainantReply;
    private final RuntimeService runtimeService;
    private final CompanyProperties company;
    private final AuditTrail audit;
    private final SenderAuthentication senderAuthentication;
    private final Clock clock;
    private final Webshops webshops;
    private final org.privacyrequests.routing.ForwardedRequestFollowUp forwardedRequests;

    public MailIntake(IncomingMails incomingMails, MailClassifier classifier, RequestIntake requestIntake,
                      ComplaintIntake complaintIntake, ComplainantReply complainantReply, RuntimeService runtimeService,
                      CompanyProperties company, AuditTrail audit, SenderAuthentication senderAuthentication, Clock clock,
                      Webshops webshops, org.privacyrequests.routing.ForwardedRequestFollowUp forwardedRequests) {
        this.webshops = webshops;
        this.forwardedRequests = forwardedRequests;
        this.senderAuthentication = senderAuthentication;
        this.incomingMails = incomingMails;
        this.classifier = classifier;
        this.requestIntake = requestIntake;
        this.complaintIntake = complaintIntake;
        this.complainantReply = complainantReply;
        this.runtimeService = runtimeService;
        this.company = company;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return what became of the mail */
    @Transactional
    public IntakeOutcome handle(IncomingMail mail) {
        if (incomingMails.handled(mail.messageId())) {
            return IntakeOutcome.DUPLICATE;
        }
        Outcome outcome = decide(mail);
        incomingMails.record(mail.messageId(), mail.receivedAt(), mail.fromAddress(), mail.subject(), outcome.name.code(), outcome.reference,
                outcome.name == IntakeOutcome.UNSURE ? mail.text() : null);
        LOG.info("Incoming mail {}: {}{}", mail.messageId(), outcome.name.code(), outcome.reference == null ? "" : " " + outcome.reference);
        return outcome.name;
    }

    /**
     * A mail that could not be read, or not safely: kept for support to review in Tasklist, never dropped. What
     * fits is kept: the raw text when given (null for a mail too large to take in; it stays in the mailbox),
     * sender and subject cut to their columns with a marker.
     *
     * @param outcome unreadable, or too large
     */
    @Transactional
    public IntakeOutcome keepForReview(String messageId, String from, String subject, byte[] raw, String reason, IntakeOutcome outcome) {
        String id = messageId != null && !messageId.isBlank() && messageId.trim().length() <= IncomingMails.MESSAGE_ID_LENGTH
                ? messageId.trim()
                : "<unreadable-" + sha256(raw != null ? raw : (messageId + "\n" + from + "\n" + subject).getBytes(StandardCharsets.UTF_8))
                        + "@intake>";
        if (incomingMails.handled(id)) {
            return IntakeOutcome.DUPLICATE;
        }
        String rawText = raw == null ? null : new String(raw, StandardCharsets.UTF_8);
        Instant now = clock.instant();
        String because = reason == null ? "unknown" : IncomingMails.fit(reason, 3_000);
        incomingMails.record(id, now, IncomingMails.fit(from, IncomingMails.ADDRESS_LENGTH), subject, outcome.code(), null, rawText);
        startReview(id, because, now);
        return outcome;
    }

    private void startReview(String id, String because, Instant now) {
        runtimeService.createMessageCorrelation(IncomingMailReview.MESSAGE)
                .processInstanceBusinessKey("MAIL-" + sha256(id.getBytes(StandardCharsets.UTF_8)).substring(0, 12))
                .setVariables(Map.of("incomingMessageId", id, "unreadableBecause", because,
                        "deadline", java.util.Date.from(now.plus(IncomingMailReview.REVIEW_WITHIN))))
                .correlateStartMessage();
        LOG.warn("Incoming mail {} kept for review: {}", id, because);
    }

    private Outcome decide(IncomingMail mail) {
        if (mail.fromAddress().equalsIgnoreCase(company.supportEmail())) {
            return new Outcome(IntakeOutcome.OWN_MAIL, null);
        }
        if (mail.bounce()) {
            return bounce(mail);
        }
        if (mail.automatic()) {
            return new Outcome(IntakeOutcome.AUTO_REPLY, null);
        }
        Optional<String> reference = referenceOf(mail);
        if (reference.isPresent()) {
            return reply(reference.get(), mail);
        }
        MailClassification classification = classifier.classify(mail.subject(), mail.text());
        return switch (classification.kind()) {
            case REQUEST -> new Outcome(IntakeOutcome.REQUEST, requestIntake.fileFromMail(mail.fromAddress(), mail.fromName(),
                    classification.rights(), mail.text(), classification.language(), mail.receivedAt(), mail.messageId(),
                    senderAuthentication.dmarcPassBy(mail.authenticationResults(), mail.fromAddress()).orElse(null)).reference());
            case COMPLAINT -> new Outcome(IntakeOutcome.COMPLAINT, complaintIntake.fileFromMail(mail.fromAddress(), mail.fromName(),
                    mail.text(), classification.language(), mail.receivedAt(), mail.messageId()).reference());
            case UNSURE -> {
                // Privacy words but no clear ask: support decides, with the words that made it unsure.
                startReview(mail.messageId(), IncomingMails.fit(classification.summary(), 3_000), clock.instant());
                yield new Outcome(IntakeOutcome.UNSURE, null);
            }
            case NOT_PRIVACY -> new Outcome(IntakeOutcome.NOT_PRIVACY, null);
        };
    }

    /** A reply: by the Message-IDs it answers, or by a reference in its subject. */
    private Optional<String> referenceOf(IncomingMail mail) {
        for (String id : mail.references()) {
            Optional<String> reference = incomingMails.referenceOfMessage(id).filter(References::isReference);
            if (reference.isPresent()) {
                return reference;
            }
        }
        return References.findIn(mail.subject());
    }

    /**
     * A reply to one of our mails is kept with its case and, unless it only says thanks, raises a task for
     * support: identity information continues the request, a reply to a complaint answer is the complainant's
     * verdict (not satisfied unless it clearly says so), a webshop's instruction is recorded and carried out by
     * support, anything else (another right, a correction, a question) is read by support.
     */
    private Outcome reply(String reference, IncomingMail mail) {
        // The From header alone proves nothing: kept with the mail is whether our own mail server authenticated it.
        Optional<String> authenticatedBy = senderAuthentication.dmarcPassBy(mail.authenticationResults(), mail.fromAddress());
        long kept = incomingMails.addCorrespondence(reference, mail, authenticatedBy.orElse(null));
        String ownWords = ReplyText.ownWords(mail.text());
        // A webshop's say is about a request we forwarded to it; a mail from another webshop is ordinary correspondence.
        var webshop = References.isRequest(reference) ? webshops.byPrivacyContact(mail.fromAddress())
                .filter(w -> forwardedRequests.forwardedTo(reference, w)) : Optional.<Webshop>empty();
        if (webshop.isPresent()) {
            // Say whether the webshop's domain authenticated the mail, so support knows how much to trust it.
            audit.recordBy(reference, "intake", AuditEvent.of(AuditAction.WEBSHOP_INSTRUCTION_RECEIVED).with("webshop", webshop.get().name())
                    .with("address", mail.fromAddress()).with("mail", mail.messageId())
                    .with("authenticated", authenticatedBy.isPresent()).with("authenticatedBy", authenticatedBy.orElse(null)));
            raiseTask(reference, kept, ReplyHandling.FROM_WEBSHOP, mail);
            forwardedRequests.webshopAnswered(reference, webshop.get().id());
            return new Outcome(IntakeOutcome.WEBSHOP_INSTRUCTION, reference);
        }
        if (References.isRequest(reference) && waitingFor(RequestProcess.MESSAGE_IDENTITY_INFORMATION, reference)) {
            audit.recordBy(reference, "intake", AuditEvent.of(AuditAction.IDENTITY_INFORMATION_RECEIVED).with("mail", mail.messageId()));
            // The next "Verify identity" shows when the answer came and which kept mail it is; the text stays with the request.
            runtimeService.createMessageCorrelation(RequestProcess.MESSAGE_IDENTITY_INFORMATION)
                    .processInstanceBusinessKey(reference)
                    .setVariable("identityAnswerMail", kept)
                    .setVariable("identityAnswerReceivedAt", java.util.Date.from(mail.receivedAt()))
                    .correlate();
            return new Outcome(IntakeOutcome.IDENTITY_INFORMATION, reference);
        }
        if (References.isComplaint(reference) && waitingFor(ComplaintProcess.MESSAGE_DISSATISFIED, reference)) {
            boolean satisfied = ComplainantReply.readsAsSatisfied(ownWords);
            complainantReply.record(reference, satisfied, null, mail.messageId());
            return new Outcome(satisfied ? IntakeOutcome.COMPLAINANT_SATISFIED : IntakeOutcome.COMPLAINANT_DISSATISFIED, reference);
        }
        if (ReplyText.onlyThanks(ownWords)) {
            audit.recordBy(reference, "intake", AuditEvent.of(AuditAction.THANKS_KEPT).with("mail", mail.messageId()));
            return new Outcome(IntakeOutcome.THANKS, reference);
        }
        audit.recordBy(reference, "intake", AuditEvent.of(AuditAction.MAIL_FROM_REQUESTER_KEPT).with("mail", mail.messageId()));
        raiseTask(reference, kept, ReplyHandling.FROM_REQUESTER, mail);
        return new Outcome(IntakeOutcome.CORRESPONDENCE, reference);
    }

    /** "Handle reply" for support, with the case and the kept mail by their ids only. */
    private void raiseTask(String reference, long correspondenceId, String from, IncomingMail mail) {
        runtimeService.createMessageCorrelation(ReplyHandling.MESSAGE)
                .processInstanceBusinessKey(reference + "-reply")
                .setVariables(Map.of(ReplyHandling.Var.REFERENCE, reference, ReplyHandling.Var.CORRESPONDENCE_ID, correspondenceId,
                        ReplyHandling.Var.REPLY_FROM, from,
                        ReplyHandling.Var.DEADLINE, java.util.Date.from(clock.instant().plus(ReplyHandling.HANDLE_WITHIN))))
                .correlateStartMessage();
    }

    private Outcome bounce(IncomingMail mail) {
        Optional<String> reference = Optional.ofNullable(mail.bouncedMessageId()).flatMap(incomingMails::referenceOfMessage)
                .or(() -> Optional.ofNullable(mail.bouncedReference())).filter(References::isReference);
        if (reference.isEmpty()) {
            return new Outcome(IntakeOutcome.BOUNCE_UNMATCHED, null);
        }
        String ref = reference.get();
        incomingMails.addCorrespondence(ref, mail);
        audit.recordBy(ref, "intake", AuditEvent.of(AuditAction.ANSWER_BOUNCED).with("mail", mail.messageId()));
        var instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(RequestProcess.KEY)
                .processInstanceBusinessKey(ref).singleResult();
        if (instance != null) {
            runtimeService.createMessageCorrelation(RequestProcess.MESSAGE_ANSWER_BOUNCED).processInstanceId(instance.getId()).correlate();
        }
        return new Outcome(IntakeOutcome.BOUNCE, ref);
    }

    private boolean waitingFor(String message, String reference) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
                .anyMatch(p -> runtimeService.createEventSubscriptionQuery().processInstanceId(p.getId())
                        .eventType("message").eventName(message).count() > 0);
    }

    private static String sha256(byte[] raw) {
        return LinkTokens.hash(raw).substring(0, 32);
    }

    private record Outcome(IntakeOutcome name, String reference) {
    }
}
