package org.privacyrequests.retention;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.privacyrequests.audit.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * For managers: the legal holds that keep a person's data out of every retention sweep, and the sweeps'
 * plans and results. (A dry run is started in Tasklist: "Start process" > "Retention enforcement".)
 */
@RestController
public class RetentionController {

    private final LegalHolds holds;
    private final RetentionSweeps sweeps;
    private final AuditTrail audit;

    public RetentionController(LegalHolds holds, RetentionSweeps sweeps, AuditTrail audit) {
        this.holds = holds;
        this.sweeps = sweeps;
        this.audit = audit;
    }

    @GetMapping(value = "/api/legal-holds", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<LegalHolds.LegalHold> activeHolds() {
        return holds.active();
    }

    @PostMapping(value = "/api/legal-holds", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> placeHold(@Valid @RequestBody NewLegalHold hold) {
        long id = holds.place(hold.email(), hold.reason(), audit.currentActor());
        audit.record("LH-" + id, AuditEvent.of(AuditAction.LEGAL_HOLD_PLACED).with("reason", hold.reason()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id, "email", hold.email().trim().toLowerCase(java.util.Locale.ROOT)));
    }

    @DeleteMapping("/api/legal-holds/{id}")
    public ResponseEntity<Void> liftHold(@PathVariable long id) {
        if (!holds.lift(id)) {
            return ResponseEntity.notFound().build();
        }
        audit.record("LH-" + id, AuditEvent.of(AuditAction.LEGAL_HOLD_LIFTED));
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/api/retention-sweeps", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<RetentionSweeps.SweepSummary> recentSweeps() {
        return sweeps.recent(20);
    }

    @GetMapping(value = "/api/retention-sweeps/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> sweep(@PathVariable long id) {
        return sweeps.summary(id)
                .<ResponseEntity<Map<String, Object>>>map(sweep -> ResponseEntity.ok(Map.of("sweep", sweep, "lines", sweeps.lines(id),
                        "auditTrail", audit.of(RetentionSweeps.reference(id)))))
                .orElse(ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("status", 404, "message", "There is no retention sweep " + id + ".")));
    }

    /** A hold on all of one person's data, with the reason (a dispute, a claim, an inquiry). */
    public record NewLegalHold(
            @NotBlank(message = "is required")
            @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "must be a valid e-mail address")
            @Size(max = 320, message = "must be at most 320 characters")
            String email,
            @NotBlank(message = "is required")
            @Size(min = 10, max = 1000, message = "must be 10 to 1000 characters")
            String reason) {
    }
}
