package org.privacyrequests.api;

import org.privacyrequests.requests.DataSubjectRequest;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.privacyrequests.requests.NewRequest;
import org.privacyrequests.requests.RequestIntake;
import org.privacyrequests.requests.RequestTypes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.privacyrequests.access.AccessAnswers;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.requests.DeadlineExtension;
import org.privacyrequests.erasure.ErasurePlanItem;
import org.privacyrequests.erasure.ErasurePlans;
import org.privacyrequests.intake.IncomingMails;
import org.privacyrequests.lookup.FoundRecords;
import org.privacyrequests.lookup.PersonalRecord;
import org.privacyrequests.references.References;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The product's API for other systems and for the links in Tasklist forms: file a request, read one with
 * its audit trail, what was found, the access overview and the erasure plan, and extend a deadline.
 * Staff only (see the API authentication filter).
 */
@RestController
@RequestMapping("/api/requests")
class RequestController {

    private final RequestIntake intake;
    private final DataSubjectRequestRepository requests;
    private final AuditTrail audit;
    private final FoundRecords foundRecords;
    private final AccessAnswers accessAnswers;
    private final ErasurePlans erasurePlans;
    private final DeadlineExtension extension;
    private final IncomingMails incomingMails;

    public RequestController(RequestIntake intake, DataSubjectRequestRepository requests, AuditTrail audit,
                             FoundRecords foundRecords, AccessAnswers accessAnswers, ErasurePlans erasurePlans,
                             DeadlineExtension extension, IncomingMails incomingMails) {
        this.incomingMails = incomingMails;
        this.intake = intake;
        this.requests = requests;
        this.audit = audit;
        this.foundRecords = foundRecords;
        this.accessAnswers = accessAnswers;
        this.erasurePlans = erasurePlans;
        this.extension = extension;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> file(@Valid @RequestBody NewRequest request) {
        DataSubjectRequest filed = intake.file(request, "api");
        return ResponseEntity.created(URI.create("/api/requests/" + filed.reference())).body(summary(filed));
    }

    @GetMapping("/{reference}")
    public Map<String, Object> get(@PathVariable String reference) {
        DataSubjectRequest request = find(reference);
        Map<String, Object> body = summary(request);
        body.put("requesterEmail", request.requesterEmail());
        body.put("requesterName", request.requesterName());
        body.put("text", request.requestText());
        body.put("channel", request.channel());
        body.put("extensionReason", request.extensionReason());
        body.put("outcome", request.outcome());
        body.put("closedAt", request.closedAt());
        body.put("auditTrail", audit.of(reference));
        body.put("correspondence", incomingMails.correspondenceOf(reference));
        return body;
    }

    @GetMapping("/{reference}/records")
    public List<PersonalRecord> records(@PathVariable String reference) {
        find(reference);
        return foundRecords.of(reference);
    }

    @GetMapping(value = "/{reference}/access-overview", produces = MediaType.TEXT_HTML_VALUE)
    public String accessOverview(@PathVariable String reference) {
        find(reference);
        return accessAnswers.find(reference).orElseThrow(() -> new NotFound("No access overview has been built for " + reference + " yet.")).html();
    }

    @GetMapping("/{reference}/erasure-plan")
    public List<ErasurePlanItem> erasurePlan(@PathVariable String reference) {
        find(reference);
        return erasurePlans.of(reference);
    }

    @PostMapping(value = "/{reference}/extension", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> extend(@PathVariable String reference, @Valid @RequestBody ExtensionRequest body) {
        var newDeadline = extension.extend(reference, body.months(), body.reason());
        return Map.of("reference", reference, "deadline", newDeadline);
    }

    /** An extension asked for through the API. */
    public record ExtensionRequest(
            @NotNull(message = "is required") @Min(value = 1, message = "must be 1 or 2") @Max(value = 2, message = "must be 1 or 2") Integer months,
            @NotBlank(message = "is required: the requester is told the reason") @Size(min = 20, max = 1000, message = "must be 20 to 1000 characters") String reason) {
    }

    private DataSubjectRequest find(String reference) {
        if (!References.isRequest(reference)) {
            throw new NotFound("There is no request " + reference + ": a request's reference reads like DSR-2026-000123.");
        }
        return requests.find(reference).orElseThrow(() -> new NotFound("There is no request " + reference + "."));
    }

    private static Map<String, Object> summary(DataSubjectRequest r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", r.reference());
        body.put("requestTypes", RequestTypes.read(r.requestTypes()).codes());
        body.put("language", r.language());
        body.put("receivedAt", r.receivedAt());
        body.put("deadline", r.deadline());
        body.put("status", r.status());
        return body;
    }

    /** A reference that names no request. */
    public static class NotFound extends RuntimeException {
        public NotFound(String message) {
            super(message);
        }
    }
}
