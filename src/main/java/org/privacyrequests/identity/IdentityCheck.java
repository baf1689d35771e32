package org.privacyrequests.identity;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.util.Set;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.lookup.PersonalDataSearch;
import org.privacyrequests.requests.DataSubjectRequest;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.privacyrequests.requests.RequestType;
import org.privacyrequests.requests.RequestTypes;
import org.privacyrequests.requests.Basis;
import org.privacyrequests.requests.Decision;
import org.privacyrequests.requests.RecordedDecision;
import org.privacyrequests.requests.RequestDecisions;
import org.springframework.stereotype.Service;

/**
 * Decides, from the product's own records, whether the requester's identity is established. The address must
 * be on file for the data subject. A request that only asks what is held (access, a copy) is answered only to
 * that address, so the address alone is enough. A request to change or erase data needs proof that the sender
 * controls the address too: the public form's link, the company's mail server's DMARC pass, a staff member who
 * filed it, or else a link to confirm. An address not on file goes to support.
 */
@Service
class IdentityCheck {

    /** Rights whose answer only discloses, and only to the address on file. */
    private static final Set<RequestType> ANSWERED_TO_ADDRESS_ONLY = Set.of(RequestType.ACCESS, RequestType.PORTABILITY);

    public enum Outcome { ESTABLISHED, CONFIRM_BY_LINK, NOT_ON_FILE }

    private final DataSubjectRequestRepository requests;
    private final PersonalDataSearch search;
    private final RequestDecisions decisions;
    private final AuditTrail audit;

    public IdentityCheck(DataSubjectRequestRepository requests, PersonalDataSearch search, RequestDecisions decisions,
                         AuditTrail audit) {
        this.requests = requests;
        this.search = search;
        this.decisions = decisions;
        this.audit = audit;
    }

    public Outcome check(String reference) {
        DataSubjectRequest request = requests.find(reference).orElseThrow(() -> new IllegalStateException("No request " + reference));
        if (!search.addressOnFile(request.requesterEmail())) {
            audit.record(reference, AuditEvent.of(AuditAction.IDENTITY_NOT_ON_FILE));
            return Outcome.NOT_ON_FILE;
        }
        var sender = decisions.latest(reference, Decision.SENDER_CONFIRMED);
        if (sender.isPresent()) {
            return established(reference, sender.get().basis(), sender.get().basis() == Basis.STAFF_ENTRY ? sender.get().decidedBy() : null);
        }
        RequestTypes types = RequestTypes.read(request.requestTypes());
        boolean onlyDisclosesToAddress = types.codes().stream()
                .map(code -> RequestType.fromCode(code).orElseThrow()).allMatch(ANSWERED_TO_ADDRESS_ONLY::contains);
        if (onlyDisclosesToAddress) {
            return established(reference, Basis.ADDRESS_ON_FILE, null);
        }
        // The sender is not proven (a From header can be forged) and the request changes or erases data.
        audit.record(reference, AuditEvent.of(AuditAction.IDENTITY_TO_CONFIRM_BY_LINK));
        return Outcome.CONFIRM_BY_LINK;
    }

    /** @param filedBy who filed a request from an address on file (for {@link Basis#STAFF_ENTRY}), else null */
    private Outcome established(String reference, Basis basis, String filedBy) {
        decisions.record(reference, Decision.IDENTITY_VERIFIED, basis, AuditTrail.SYSTEM);
        audit.record(reference, AuditEvent.of(AuditAction.IDENTITY_VERIFIED).with("basis", basis.name()).with("filedBy", filedBy));
        return Outcome.ESTABLISHED;
    }

    private static String describe(RecordedDecision sender) {
        return switch (sender.basis()) {
            case EMAIL_LINK -> "and the person confirmed it through the link sent there";
            case WEB_FORM_LINK -> "confirmed through the public form's link sent there";
            case DMARC_PASS -> "and our mail server recorded a DMARC pass for the sender's domain";
            case STAFF_ENTRY -> "filed by " + sender.decidedBy();
            default -> "(" + sender.basis() + ")";
        };
    }
}
