package org.privacyrequests.requests;

import org.privacyrequests.references.References;
import static org.privacyrequests.requests.RequestProcess.Var;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.deadlines.Deadlines;
import org.privacyrequests.requests.DataSubjectRequest.RequestStatus;
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

    public RequestIntake(References references, DataSubjectRequestRepository requests, Deadlines deadlines,
                         RuntimeService runtimeService, AuditTrail audit) {
        this.references = references;
        this.requests = requests;
        this.deadlines = deadlines;
        this.runtimeService = runtimeService;
        this.audit = audit;
    }

    /** Files a request that another system handed over; the record and the process start commit together. */
    @Transactional
    public DataSubjectRequest file(NewRequest input, String channel) {
        return start(record(references.next(References.REQUEST), input.requesterEmail(), input.requesterName(),
                RequestTypes.read(input.requestTypes()), input.text(), input.language(), channel,
                ReceivedAt.parse(input.receivedAt())));
    }

    /** Files a request that arrived as an e-mail; answers will refer to that mail. */
    @Transactional
    public DataSubjectRequest fileFromMail(String email, String name, List<String> rights, String text, String language,
                                           Instant receivedAt, String messageId) {
        DataSubjectRequest request = record(references.next(References.REQUEST), email, name, RequestTypes.read(rights), text,
                language, "email", receivedAt);
        requests.recordSourceMessage(request.reference(), messageId);
        return start(request);
    }

    private DataSubjectRequest start(DataSubjectRequest request) {
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
        return requests.find(request.reference()).orElseThrow();
    }

    /** Keeps a new request's record; used for API requests and for those entered in Tasklist or by the mail intake. */
    public DataSubjectRequest record(String reference, String requesterEmail, String requesterName, RequestTypes types,
                                     String text, String language, String channel, Instant receivedAt) {
        DataSubjectRequest request = new DataSubjectRequest(reference, requesterEmail.trim(), blankToNull(requesterName),
                types.toString(), blankToNull(text), language == null || language.isBlank() ? "nl" : language, channel,
                receivedAt, deadlines.deadlineFor(receivedAt), null, RequestStatus.OPEN, null, null);
        requests.insert(request);
        audit.record(reference, "Request received",
                "Channel " + channel + "; rights asked: " + types + "; deadline " + request.deadline());
        return request;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
