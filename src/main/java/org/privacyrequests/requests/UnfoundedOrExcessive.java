package org.privacyrequests.requests;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.requests.DataSubjectRequest.RequestStatus;
import org.privacyrequests.security.StaffRoles;
import org.springframework.stereotype.Service;

/**
 * Art. 12(5)(b) GDPR at any point before the answer: a manager refuses a request that is manifestly unfounded or
 * excessive (in particular a repeat), with reasons the requester reads together with the right to complain. The
 * company bears the burden of showing it, so the reasons are required and kept in the audit trail; the request's
 * process then ends with the refusal, whatever step it was at.
 */
@Service
public class UnfoundedOrExcessive {

    /** Why a request is refused under Art. 12(5)(b); the answer names it. */
    public enum Ground { UNFOUNDED, EXCESSIVE }

    static final int MINIMUM_REASONS = 40;

    private final DataSubjectRequestRepository requests;
    private final RequestDecisions decisions;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final AuditTrail audit;

    public UnfoundedOrExcessive(DataSubjectRequestRepository requests, RequestDecisions decisions, RuntimeService runtimeService,
                                IdentityService identityService, AuditTrail audit) {
        this.requests = requests;
        this.decisions = decisions;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.audit = audit;
    }

    public void refuse(String reference, Ground ground, String reasons) {
        DataSubjectRequest request = openRequest(requests, reference);
        String manager = managerDeciding(identityService, audit, "refuse a request");
        if (reasons == null || reasons.trim().length() < MINIMUM_REASONS) {
            throw new Art12_5Refused("Give the reasons (at least " + MINIMUM_REASONS + " characters): the requester reads them, and the company "
                    + "must be able to show that the request is manifestly unfounded or excessive.");
        }
        decisions.record(reference, Decision.REFUSED_UNFOUNDED_OR_EXCESSIVE, Basis.REVIEW, manager);
        audit.record(reference, AuditEvent.of(AuditAction.REFUSED_UNDER_ART_12_5).with("ground", ground.name()).with("reasons", reasons.trim()));
        runtimeService.createMessageCorrelation(RequestProcess.MESSAGE_REFUSED_UNDER_ART_12_5)
                .processInstanceBusinessKey(request.reference())
                .setVariables(Map.of(RequestProcess.Var.REFUSAL_REASON, reasons.trim(), "refusalGround", ground.name().toLowerCase()))
                .correlate();
    }

    /** The request, if it is still being handled: a refusal or a fee comes before the answer, never after. */
    static DataSubjectRequest openRequest(DataSubjectRequestRepository requests, String reference) {
        DataSubjectRequest request = (reference == null ? java.util.Optional.<DataSubjectRequest>empty() : requests.find(reference.trim()))
                .orElseThrow(() -> new Art12_5Refused("There is no request " + reference + "."));
        if (request.status() == RequestStatus.CLOSED) {
            throw new Art12_5Refused("Request " + reference + " is closed: it was answered or ended already.");
        }
        if ("webshop-instruction".equals(request.channel())) {
            throw new Art12_5Refused(reference + " carries out a webshop's instruction: Art. 12(5) is the webshop's, as the controller, "
                    + "not ours; decline the instruction with the webshop instead.");
        }
        return request;
    }

    /** The logged-in manager who decides: refusing a right or charging for it is not support's call alone. */
    static String managerDeciding(IdentityService identityService, AuditTrail audit, String what) {
        String user = audit.currentActor();
        if (AuditTrail.SYSTEM.equals(user) || !StaffRoles.inManagersGroup(identityService, user)) {
            throw new Art12_5Refused("Only a manager may " + what + " under Art. 12(5); " + user + " is not one.");
        }
        return user;
    }

    /** An Art. 12(5) decision the rules do not allow; the message says why. */
    public static class Art12_5Refused extends RuntimeException {
        public Art12_5Refused(String message) {
            super(message);
        }
    }
}
