package org.privacyrequests.restriction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.privacyrequests.audit.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For staff: the restrictions of processing in force, and asking to lift one (a manager decides, the person is told first). */
@RestController
public class RestrictionController {

    private final ProcessingRestrictions restrictions;
    private final RestrictionLifting lifting;
    private final AuditTrail audit;

    public RestrictionController(ProcessingRestrictions restrictions, RestrictionLifting lifting, AuditTrail audit) {
        this.restrictions = restrictions;
        this.lifting = lifting;
        this.audit = audit;
    }

    @GetMapping(value = "/api/restrictions", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<ProcessingRestrictions.Restriction> inForce(@RequestParam(required = false) String email) {
        return restrictions.inForce(email);
    }

    @PostMapping(value = "/api/restrictions/{id}/lift", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> askToLift(@PathVariable long id, @Valid @RequestBody LiftAsked asked) {
        try {
            String reference = lifting.ask(id, asked.reason(), audit.currentActor());
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("reference", reference,
                    "message", "A manager decides in Tasklist (\"Decide on lifting the restriction\"); the requester is told before it is lifted."));
        } catch (RestrictionLifting.LiftRefused refused) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("status", 409, "message", refused.getMessage()));
        }
    }

    /** Why lifting is asked (the verification of the data is done, the claim is settled). */
    public record LiftAsked(
            @NotBlank(message = "is required")
            @Size(min = 10, max = 2000, message = "must be 10 to 2000 characters")
            String reason) {
    }
}
