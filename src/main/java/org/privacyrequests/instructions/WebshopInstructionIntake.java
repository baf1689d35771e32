package org.privacyrequests.instructions;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.references.References;
import org.privacyrequests.requests.DataSubjectRequest;
import org.privacyrequests.requests.RequestIntake;
import org.privacyrequests.requests.RequestTypes;
import org.privacyrequests.routing.Webshop;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a webshop's instruction to erase or correct its consumer's data (Art. 28(3)(a) GDPR): a request record of
 * its own for that consumer, received when the webshop's mail was, carried out by
 * {@code processes/carry-out-webshop-instruction.bpmn} on that webshop's data only and answered to the webshop. The
 * consumer hears nothing from us: the webshop, as the controller, answers them.
 */
@Service
public class WebshopInstructionIntake {

    /** What a processor carries out on instruction; anything else the webshop answers itself, from what we forwarded. */
    public static final Set<String> RIGHTS_CARRIED_OUT = Set.of("erasure", "rectification");

    private final References references;
    private final RequestIntake requestIntake;
    private final WebshopInstructions instructions;
    private final RuntimeService runtimeService;
    private final AuditTrail audit;
    private final org.privacyrequests.routing.ForwardedRequestFollowUp forwarding;

    public WebshopInstructionIntake(References references, RequestIntake requestIntake, WebshopInstructions instructions,
                                    RuntimeService runtimeService, AuditTrail audit, org.privacyrequests.routing.ForwardedRequestFollowUp forwarding) {
        this.forwarding = forwarding;
        this.references = references;
        this.requestIntake = requestIntake;
        this.instructions = instructions;
        this.runtimeService = runtimeService;
        this.audit = audit;
    }

    /**
     * @param webshop   the webshop whose privacy contact on file sent the mail (looked up from the records, not the form)
     * @param forwarded the consumer's request we forwarded to it, which the mail answers
     * @param mail      the webshop's mail as kept with that request
     */
    @Transactional
    public DataSubjectRequest file(Webshop webshop, DataSubjectRequest forwarded, RequestTypes rights, InstructionMail mail) {
        if (!forwarding.forwardedTo(forwarded.reference(), webshop)) {
            throw new IllegalArgumentException(forwarded.reference() + " was never forwarded to " + webshop.name()
                    + ": a webshop instructs us only about the requests we forwarded to it.");
        }
        if (rights.codes().isEmpty() || !RIGHTS_CARRIED_OUT.containsAll(rights.codes())) {
            throw new IllegalArgumentException("A webshop's instruction is carried out for erasure or rectification only; "
                    + "for anything else the webshop answers its consumer itself. Asked: " + rights);
        }
        String reference = references.next(References.REQUEST);
        DataSubjectRequest request = requestIntake.record(reference, forwarded.requesterEmail(), forwarded.requesterName(), rights,
                "On the instruction of webshop " + webshop.name() + " (" + mail.from() + "), mail of " + mail.receivedAt()
                        + " about " + forwarded.reference() + ":\n\n" + mail.text(),
                webshop.language(), WebshopInstructionProcess.CHANNEL, mail.receivedAt());
        instructions.insert(new WebshopInstruction(reference, webshop.id(), forwarded.reference(), mail.messageId(), mail.from(),
                mail.senderAuthenticatedBy(), mail.receivedAt()));
        audit.record(reference, AuditEvent.of(AuditAction.WEBSHOP_INSTRUCTION_FILED).with("webshop", webshop.name()).with("rights", rights)
                .with("forwardedRequest", forwarded.reference())
                .with("authenticated", mail.senderAuthenticated())
                .with("authenticatedBy", mail.senderAuthenticated() ? mail.senderAuthenticatedBy() : null));
        runtimeService.createMessageCorrelation(WebshopInstructionProcess.MESSAGE)
                .processInstanceBusinessKey(reference)
                .setVariables(Map.of(WebshopInstructionProcess.Var.REFERENCE, reference))
                .correlateStartMessage();
        return request;
    }

    /** The webshop's mail that carries the instruction. */
    public record InstructionMail(String from, String messageId, String text, Instant receivedAt, String senderAuthenticatedBy) {

        boolean senderAuthenticated() {
            return senderAuthenticatedBy != null;
        }
    }
}
