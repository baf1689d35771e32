package org.privacyrequests.api;

import org.privacyrequests.complaints.ComplainantReply;
import org.privacyrequests.complaints.ComplaintIntake;
import org.privacyrequests.complaints.NewComplaint;
import org.privacyrequests.complaints.PrivacyComplaint;
import org.privacyrequests.complaints.PrivacyComplaints;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.intake.IncomingMails;
import org.privacyrequests.references.References;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The product's API for complaints: file one, read one with its audit trail, and the managers' counts. Staff only. */
@RestController
@RequestMapping("/api/complaints")
class ComplaintController {

    private final ComplaintIntake intake;
    private final PrivacyComplaints complaints;
    private final ComplainantReply reply;
    private final AuditTrail audit;
    private final IncomingMails incomingMails;

    public ComplaintController(ComplaintIntake intake, PrivacyComplaints complaints, ComplainantReply reply, AuditTrail audit,
                               IncomingMails incomingMails) {
        this.incomingMails = incomingMails;
        this.intake = intake;
        this.complaints = complaints;
        this.reply = reply;
        this.audit = audit;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> file(@Valid @RequestBody NewComplaint complaint) {
        PrivacyComplaint filed = intake.file(complaint, "api");
        return ResponseEntity.created(URI.create("/api/complaints/" + filed.reference())).body(Map.of(
                "reference", filed.reference(), "deadline", filed.deadline(), "status", filed.status().name()));
    }

    @GetMapping("/{reference}")
    public Map<String, Object> get(@PathVariable String reference) {
        if (!References.isComplaint(reference)) {
            throw new NoSuchComplaint(reference);
        }
        PrivacyComplaint c = complaints.find(reference).orElseThrow(() -> new NoSuchComplaint(reference));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", c.reference());
        body.put("complainantEmail", c.complainantEmail());
        body.put("complainantName", c.complainantName());
        body.put("text", c.complaintText());
        body.put("language", c.language());
        body.put("receivedAt", c.receivedAt());
        body.put("deadline", c.deadline());
        body.put("category", c.category() == null ? null : c.category().code());
        body.put("relatedRequest", c.relatedRequest());
        body.put("status", c.status().name());
        body.put("outcome", c.outcome() == null ? null : c.outcome().code());
        body.put("closedAt", c.closedAt());
        body.put("auditTrail", audit.of(reference));
        body.put("correspondence", incomingMails.correspondenceOf(reference));
        return body;
    }

    /** A reply the complainant gave outside the mailbox: {@code {"satisfied": false, "note": "..."}}. */
    @PostMapping(value = "/{reference}/reply", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> reply(@PathVariable String reference, @RequestBody Map<String, Object> body) {
        reply.record(reference, Boolean.TRUE.equals(body.get("satisfied")), (String) body.get("note"));
        return Map.of("reference", reference, "recorded", true);
    }

    /** Complaints per month of receipt, category and outcome. */
    @GetMapping("/statistics")
    public List<Map<String, Object>> statistics() {
        return complaints.countsPerMonthCategoryAndOutcome();
    }

    /** A reference that names no complaint. */
    public static class NoSuchComplaint extends RuntimeException {
        public NoSuchComplaint(String reference) {
            super("There is no complaint " + reference + ".");
        }
    }
}
