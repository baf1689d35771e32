package org.privacyrequests.requests;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.privacyrequests.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * A reasonable fee for a further copy of the data (Art. 15(3), 12(5)): a manager announces it before anything is
 * charged, only for a requester who already had a copy, and the copy is sent only once the requester accepted it
 * (recorded by a manager); without an answer within the configured period the copy is not made. The records say
 * whether a fee waits for acceptance: the process model and the sending step ask them.
 * Public: the process model's expressions call it, and the engine's expression language reaches public classes only.
 */
@Component("furtherCopyFees")
public class FurtherCopyFees {

    private final DataSubjectRequestRepository requests;
    private final RequestDecisions decisions;
    private final EarlierRequests earlierRequests;
    private final RequesterMail mail;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final ExcessiveRequestProperties properties;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    public FurtherCopyFees(DataSubjectRequestRepository requests, RequestDecisions decisions, EarlierRequests earlierRequests,
                           RequesterMail mail, RuntimeService runtimeService, IdentityService identityService,
                           ExcessiveRequestProperties properties, AuditTrail audit, java.time.Clock clock) {
        this.clock = clock;
        this.requests = requests;
        this.decisions = decisions;
        this.earlierRequests = earlierRequests;
        this.mail = mail;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.properties = properties;
        this.audit = audit;
    }

    public void announce(String reference) {
        DataSubjectRequest request = UnfoundedOrExcessive.openRequest(requests, reference);
        String manager = UnfoundedOrExcessive.managerDeciding(identityService, audit, "charge for a copy");
        RequestTypes types = RequestTypes.read(request.requestTypes());
        if (!types.contains(RequestType.ACCESS) && !types.contains(RequestType.PORTABILITY)) {
            throw new UnfoundedOrExcessive.Art12_5Refused("A fee is for a further copy of the data: " + reference + " asks no copy.");
        }
        if (!earlierRequests.copyAnsweredBefore(request)) {
            throw new UnfoundedOrExcessive.Art12_5Refused("The first copy is free (Art. 15(3)): " + request.requesterEmail()
                    + " has not had a copy before.");
        }
        if (decisions.latest(reference, Decision.FURTHER_COPY_FEE_ANNOUNCED).isPresent()) {
            throw new UnfoundedOrExcessive.Art12_5Refused("The fee for " + reference + " was announced already.");
        }
        if (decisions.latest(reference, Decision.ACCESS_ANSWER_APPROVED).isPresent()) {
            throw new UnfoundedOrExcessive.Art12_5Refused("The copy for " + reference + " was approved for sending already: a fee is announced before.");
        }
        decisions.record(reference, Decision.FURTHER_COPY_FEE_ANNOUNCED, Basis.REVIEW, manager);
        audit.record(reference, AuditEvent.of(AuditAction.FURTHER_COPY_FEE_ANNOUNCED).with("fee", properties.furtherCopyFee()));
        mail.send(reference, "further-copy-fee", Map.of("fee", properties.furtherCopyFee(),
                "answerWithinDays", answerWithinDays()));
    }

    public void accepted(String reference) {
        UnfoundedOrExcessive.openRequest(requests, reference);
        String manager = UnfoundedOrExcessive.managerDeciding(identityService, audit, "record that the requester accepted the fee");
        if (decisions.latest(reference, Decision.FURTHER_COPY_FEE_ANNOUNCED).isEmpty()) {
            throw new UnfoundedOrExcessive.Art12_5Refused("No fee was announced for " + reference + ".");
        }
        decisions.record(reference, Decision.FURTHER_COPY_FEE_ACCEPTED, Basis.REVIEW, manager);
        audit.record(reference, AuditEvent.of(AuditAction.FURTHER_COPY_FEE_ACCEPTED).with("recordedBy", manager));
        // The copy may already wait for this (after "Review access answer"), or the process gets there later and asks the records.
        runtimeService.createMessageCorrelation(RequestProcess.MESSAGE_FURTHER_COPY_FEE_ACCEPTED)
                .processInstanceBusinessKey(reference).correlateAll();
    }

    /** Whether a fee was announced for this request and not (yet) accepted: the copy may not go out. */
    public boolean awaitsAcceptance(String reference) {
        return decisions.latest(reference, Decision.FURTHER_COPY_FEE_ANNOUNCED).isPresent()
                && decisions.latest(reference, Decision.FURTHER_COPY_FEE_ACCEPTED).isEmpty();
    }

    /** For the process model: the request of this process instance, by its business key. */
    public boolean awaitingAcceptance(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        return awaitsAcceptance(execution.getProcessBusinessKey());
    }

    /** How long the requester has to accept, in days as the mail words it (a period of months counted from today). */
    private long answerWithinDays() {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return java.time.temporal.ChronoUnit.DAYS.between(today, today.plus(properties.feeAnswerWithin()));
    }

    /** How long the requester has to accept, as the timer's ISO period. */
    public String answerWithin() {
        return properties.feeAnswerWithin().toString();
    }
}
