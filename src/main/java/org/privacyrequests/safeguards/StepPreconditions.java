package org.privacyrequests.safeguards;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import org.privacyrequests.engine.StepRefused;
import org.privacyrequests.requests.Decision;
import org.privacyrequests.requests.RecordedDecision;
import org.privacyrequests.requests.RequestDecisions;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.requests.DataSubjectRequest;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.privacyrequests.security.StaffRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks the product's own records, before a step discloses, changes or erases personal data, whether it may:
 * the request is open and worked by this very process instance, the requester's identity was established
 * (how, by whom), and the review or approval the step carries out was recorded, by the right people. What a
 * step acts on (the requester's address, the plan) comes from the records too, never from process variables.
 * A failed check refuses the step: an audit entry and an incident that says why.
 */
@Service
public class StepPreconditions {

    private final DataSubjectRequestRepository requests;
    private final RequestDecisions decisions;
    private final AuditTrail audit;
    private final IdentityService identityService;
    private final TransactionTemplate ownTransaction;
    private final StandingRestrictions restrictions;

    public StepPreconditions(DataSubjectRequestRepository requests, RequestDecisions decisions, AuditTrail audit,
                             IdentityService identityService, PlatformTransactionManager transactionManager,
                             StandingRestrictions restrictions) {
        this.restrictions = restrictions;
        this.requests = requests;
        this.decisions = decisions;
        this.audit = audit;
        this.identityService = identityService;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The request this step may act on: open, worked by this process instance, identity established. */
    public VerifiedRequest verifiedRequest(DelegateExecution execution, String step) {
        String reference = execution.getProcessBusinessKey();
        if (reference == null) {
            throw refuse(null, step, "the process instance has no request reference");
        }
        DataSubjectRequest request = requests.find(reference)
                .orElseThrow(() -> refuse(reference, step, "there is no request record " + reference));
        String owner = requests.processInstanceOf(reference).orElse(null);
        if (!execution.getProcessInstanceId().equals(owner)) {
            throw refuse(reference, step, "this process instance (" + execution.getProcessInstanceId()
                    + ") is not the one registered for the request (" + owner + ")");
        }
        if (request.status() == DataSubjectRequest.RequestStatus.CLOSED) {
            throw refuse(reference, step, "the request is closed");
        }
        RecordedDecision identity = decisions.latest(reference, Decision.IDENTITY_VERIFIED)
                .orElseThrow(() -> refuse(reference, step, "the requester's identity was never established"));
        return new VerifiedRequest(reference, request.requesterEmail(), identity);
    }

    /** Sending the access answer: identity, and support's approval of this very overview. */
    public VerifiedRequest forAccessAnswer(DelegateExecution execution, String step, java.time.Instant overviewBuiltAt) {
        VerifiedRequest request = verifiedRequest(execution, step);
        RecordedDecision approval = decisions.latest(request.reference(), Decision.ACCESS_ANSWER_APPROVED)
                .orElseThrow(() -> refuse(request.reference(), step, "no one approved the access answer"));
        if (overviewBuiltAt != null && approval.decidedAt().isBefore(overviewBuiltAt)) {
            throw refuse(request.reference(), step, "the access answer was approved before the overview it would send was built");
        }
        if (decisions.latest(request.reference(), Decision.FURTHER_COPY_FEE_ANNOUNCED).isPresent()
                && decisions.latest(request.reference(), Decision.FURTHER_COPY_FEE_ACCEPTED).isEmpty()) {
            throw refuse(request.reference(), step, "a fee for this further copy was announced and the requester has not accepted it");
        }
        return request;
    }

    /** Applying a correction: identity, and support's approval of it. */
    public VerifiedRequest forCorrection(DelegateExecution execution, String step) {
        VerifiedRequest request = verifiedRequest(execution, step);
        decisions.latest(request.reference(), Decision.CORRECTION_APPROVED)
                .orElseThrow(() -> refuse(request.reference(), step, "no one approved the correction"));
        return request;
    }

    /**
     * Erasing: identity, the plan prepared by one person and approved by a manager who is someone else, and the
     * plan about to be carried out is exactly the one both of them saw.
     */
    public VerifiedRequest forErasure(DelegateExecution execution, String step, String currentPlanDigest) {
        VerifiedRequest request = verifiedRequest(execution, step);
        String reference = request.reference();
        RecordedDecision prepared = decisions.latest(reference, Decision.ERASURE_PLAN_PREPARED)
                .orElseThrow(() -> refuse(reference, step, "no one prepared the erasure plan"));
        RecordedDecision approved = decisions.latest(reference, Decision.ERASURE_APPROVED)
                .orElseThrow(() -> refuse(reference, step, "no manager approved the erasure plan"));
        if (approved.id() < prepared.id()) {
            throw refuse(reference, step, "the plan was prepared again after it was approved");
        }
        if (approved.decidedBy().equals(prepared.decidedBy())) {
            throw refuse(reference, step, "the plan was prepared and approved by the same person (" + approved.decidedBy() + ")");
        }
        if (!isManager(approved.decidedBy())) {
            throw refuse(reference, step, approved.decidedBy() + ", who approved the plan, is not a manager");
        }
        if (!Objects.equals(prepared.planDigest(), approved.planDigest()) || !Objects.equals(approved.planDigest(), currentPlanDigest)) {
            throw refuse(reference, step, "the erasure plan differs from the plan that was prepared and approved");
        }
        var restriction = restrictions.inForceOn(request.requesterEmail());
        if (restriction.isPresent()) {
            throw refuse(reference, step, "the requester's data is restricted (Art. 18, " + restriction.get().reference() + ", placed on "
                    + restriction.get().placedByRequest() + "); a manager lifts the restriction first, after telling the requester (Art. 18(3))");
        }
        return request;
    }

    /** Restricting processing (Art. 18): identity, and support's decision that a ground for it applies. */
    public VerifiedRequest forRestriction(DelegateExecution execution, String step) {
        VerifiedRequest request = verifiedRequest(execution, step);
        decisions.latest(request.reference(), Decision.RESTRICTION_GRANTED)
                .orElseThrow(() -> refuse(request.reference(), step, "no one granted the restriction"));
        return request;
    }

    /** Ending direct marketing on an objection (Art. 21(3)): identity, and support's finding that the objection is to direct marketing. */
    public VerifiedRequest forObjectionToDirectMarketing(DelegateExecution execution, String step) {
        VerifiedRequest request = verifiedRequest(execution, step);
        decisions.latest(request.reference(), Decision.OBJECTION_TO_DIRECT_MARKETING)
                .orElseThrow(() -> refuse(request.reference(), step, "no one found the objection to be one to direct marketing"));
        return request;
    }

    /**
     * Lifting a restriction (Art. 18(3)): it is still in force, a manager decided to lift it, the person was told after
     * that decision, and the notice period has passed.
     */
    public StandingRestrictions.Lifting forLiftingRestriction(long restrictionId, String step, java.time.Instant now) {
        StandingRestrictions.Lifting lifting = restrictions.lifting(restrictionId)
                .orElseThrow(() -> refuse(null, step, "there is no restriction " + restrictionId));
        String reference = lifting.reference();
        if (!lifting.inForce()) {
            throw refuse(reference, step, "the restriction is no longer in force");
        }
        if (lifting.decidedBy() == null) {
            throw refuse(reference, step, "no manager decided to lift the restriction");
        }
        if (!isManager(lifting.decidedBy())) {
            throw refuse(reference, step, lifting.decidedBy() + ", who decided to lift the restriction, is not a manager");
        }
        if (lifting.noticeSentAt() == null || lifting.noticeSentAt().isBefore(lifting.decidedAt())) {
            throw refuse(reference, step, "the requester was not told before the restriction is lifted (Art. 18(3))");
        }
        if (now.isBefore(lifting.liftableFrom())) {
            throw refuse(reference, step, "the notice period after telling the requester runs until " + lifting.liftableFrom());
        }
        return lifting;
    }

    /** Forwarding to webshops or naming them: identity, and only webshops the search found this person's orders at. */
    public VerifiedRequest forWebshops(DelegateExecution execution, String step, Collection<Long> webshops, Set<Long> found) {
        VerifiedRequest request = verifiedRequest(execution, step);
        Set<Long> unknown = new TreeSet<>(webshops);
        unknown.removeAll(found);
        if (!unknown.isEmpty()) {
            throw refuse(request.reference(), step, "webshop(s) " + unknown + " hold no data found for this request");
        }
        return request;
    }

    private boolean isManager(String userId) {
        return StaffRoles.inManagersGroup(identityService, userId);
    }

    /** Records the refusal in the audit trail (in a transaction of its own: the step's own is rolled back). */
    private StepRefused refuse(String reference, String step, String reason) {
        String message = "\"" + step + "\" refused" + (reference == null ? "" : " for " + reference) + ": " + reason + ".";
        if (reference != null) {
            ownTransaction.executeWithoutResult(status -> audit.recordBy(reference, AuditTrail.SYSTEM,
                    AuditEvent.of(AuditAction.STEP_REFUSED).with("step", step).with("reason", reason)));
        }
        return new StepRefused(message);
    }

    /** A request whose identity was established, with the address the product recorded at intake. */
    public record VerifiedRequest(String reference, String requesterEmail, RecordedDecision identity) {
    }
}
