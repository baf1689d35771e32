package org.privacyrequests.requests;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import org.privacyrequests.company.Languages;
import org.privacyrequests.references.References;
import static org.privacyrequests.requests.RequestProcess.Var;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.deadlines.Deadlines;
import org.privacyrequests.requests.DataSubjectRequest.RequestStatus;
import org.privacyrequests.requests.Basis;
import org.privacyrequests.requests.Decision;
import org.privacyrequests.requests.RequestDecisions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a new data subject request: gives it a reference, keeps its text in the request record and
 * starts the request process with references and small facts only.
 */
@Service
public class RequestIntake {

    private final References references;
    private final DataSubjectRequestRepository requests;
    private final Deadlines deadlines;
    private final RuntimeService runtimeService;
    private final AuditTrail audit;
    private final RequestDecisions decisions;
    private final ReceivedAt received;
    /** The request whose process is being started on this thread (see {@link #beingStarted}). */
    private static final ThreadLocal<DataSubjectRequest> STARTING = new ThreadLocal<>();

    public RequestIntake(References references, DataSubjectRequestRepository requests, Deadlines deadlines,
                         RuntimeService runtimeService, AuditTrail audit, RequestDecisions decisions, ReceivedAt received) {
        this.decisions = decisions;
        this.references = references;
        this.requests = requests;
        this.deadlines = deadlines;
        this.runtimeService = runtimeService;
        this.audit = audit;
        this.received = received;
    }

    /** Files a request that another system handed over; the record and the process start commit together. */
    @Transactional
    public DataSubjectRequest file(NewRequest input, String channel) {
        return start(record(references.next(References.REQUEST), input.requesterEmail(), input.requesterName(),
                RequestTypes.read(input.requestTypes()), input.text(), input.language(), channel,
                received.parse(input.receivedAt())));
    }

    /** Files a request that arrived as an e-mail whose sender nothing proved; answers will refer to that mail. */
    @Transactional
    public DataSubjectRequest fileFromMail(String email, String name, List<String> rights, String text, String language,
                                           Instant receivedAt, String messageId) {
        return fileFromMail(email, name, rights, text, language, receivedAt, messageId, null);
    }

    /**
     * Files a request that arrived as an e-mail; answers will refer to that mail.
     *
     * @param dmarcPassBy the trusted mail server that recorded a DMARC pass for the sender's domain, or null
     */
    @Transactional
    public DataSubjectRequest fileFromMail(String email, String name, List<String> rights, String text, String language,
                                           Instant receivedAt, String messageId, String dmarcPassBy) {
        DataSubjectRequest request = record(references.next(References.REQUEST), email, name, RequestTypes.read(rights), text,
                language, "email", receivedAt);
        requests.recordSourceMessage(request.reference(), messageId);
        if (dmarcPassBy != null) {
            decisions.record(request.reference(), Decision.SENDER_CONFIRMED, Basis.DMARC_PASS, AuditTrail.SYSTEM);
            audit.record(request.reference(), AuditEvent.of(AuditAction.SENDER_AUTHENTICATED).with("by", dmarcPassBy));
        }
        return start(request);
    }

    /**
     * Files a request that support recognised in another case (a complaint that is really a request): the
     * same sender, text and language, received when that case was received, so the deadline runs from then.
     * A case that came by e-mail stays channel "email": its sender is not proved, and identity is confirmed
     * by link before data is touched. One entered by staff stays what it was, as staff answer for that.
     *
     * @param channel         the channel of the case it comes from
     * @param sourceMessageId the mail the case started with, or null; answers will refer to it
     * @param fromCase        the reference of the case it comes from, for the audit trail
     */
    @Transactional
    public DataSubjectRequest fileFromCase(String email, String name, List<String> rights, String text, String language,
                                           Instant receivedAt, String channel, String sourceMessageId, String fromCase) {
        String kept = "web".equals(channel) || channel == null ? "email" : channel;
        DataSubjectRequest request = record(references.next(References.REQUEST), email, name, RequestTypes.read(rights), text,
                language, kept, receivedAt);
        if (sourceMessageId != null) {
            requests.recordSourceMessage(request.reference(), sourceMessageId);
        }
        audit.record(request.reference(), AuditEvent.of(AuditAction.FILED_FROM_CASE).with("case", fromCase).with("receivedAt", receivedAt));
        return start(request);
    }

    private DataSubjectRequest start(DataSubjectRequest request) {
        STARTING.set(request);
        try {
            correlate(request);
        } finally {
            STARTING.remove();
        }
        // As recorded: the steps up to the receipt (run in this transaction) change nothing that the record holds.
        return request;
    }

    /**
     * The request whose process this thread is starting at this moment, as recorded a moment before in the same
     * transaction, if it has this reference: "Register request" runs within the start and need not read it back.
     */
    Optional<DataSubjectRequest> beingStarted(String reference) {
        DataSubjectRequest request = STARTING.get();
        return request != null && request.reference().equals(reference) ? Optional.of(request) : Optional.empty();
    }

    private void correlate(DataSubjectRequest request) {
        runtimeService.createMessageCorrelation(RequestProcess.MESSAGE_RECEIVED)
                .processInstanceBusinessKey(request.reference())
                .setVariables(Map.of(
                        Var.DEADLINE, java.util.Date.from(request.deadline()),
                        Var.REQUESTER_EMAIL, request.requesterEmail(),
                        Var.LANGUAGE, request.language(),
                        Var.CHANNEL, request.channel(),
                        Var.RECEIVED_AT, java.util.Date.from(request.receivedAt()),
                        Var.REQUEST_TYPES, Variables.objectValue(RequestTypes.read(request.requestTypes()).codes())
                                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create()))
                .correlateStartMessage();
    }

    /** Keeps a new request's record; used for API requests and for those entered in Tasklist or by the mail intake. */
    public DataSubjectRequest record(String reference, String requesterEmail, String requesterName, RequestTypes types,
                                     String text, String language, String channel, Instant receivedAt) {
        DataSubjectRequest request = new DataSubjectRequest(reference, requesterEmail.trim(), blankToNull(requesterName),
                types.toString(), blankToNull(text), language == null || language.isBlank() ? Languages.DEFAULT : language, channel,
                receivedAt, deadlines.deadlineFor(receivedAt), null, RequestStatus.OPEN, null, null);
        requests.insert(request);
        // How the sender showed the address is theirs: the public form's link, or a staff member who filed it
        // (and answers for how it reached them). A mail's From header proves nothing; see fileFromMail. A webshop's
        // instruction is proved by its own step (the webshop's domain authenticated, or confirmed with the webshop).
        if ("web".equals(channel)) {
            decisions.record(reference, Decision.SENDER_CONFIRMED, Basis.WEB_FORM_LINK, "requester");
        } else if (!"email".equals(channel) && !"webshop-instruction".equals(channel)) {
            decisions.record(reference, Decision.SENDER_CONFIRMED, Basis.STAFF_ENTRY, audit.currentActor());
        }
        audit.record(reference, AuditEvent.of(AuditAction.REQUEST_RECEIVED).with("channel", channel).with("rights", types)
                .with("deadline", request.deadline()));
        return request;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
