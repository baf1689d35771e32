package org.privacyrequests.identity;

import org.privacyrequests.lookup.PersonalDataSource;
import org.privacyrequests.requests.RequestProcess;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.privacyrequests.requests.Basis;
import org.privacyrequests.requests.Decision;
import org.privacyrequests.requests.RequestDecisions;
import org.springframework.stereotype.Component;

/**
 * When support completes "Verify identity" with "verified": records who verified it, and moves the identifiers
 * support checked (customer number, phone) into the request record, where the search reads them. The process
 * keeps no copy, so no later variable write can point the search at someone else.
 */
@Component("recordIdentityVerification")
class RecordIdentityVerification implements TaskListener {

    /** Identifiers support may verify in "Verify identity", by form field and kind. */
    static final Map<String, String> VERIFIED_IDENTIFIERS = Map.of("customerNumber", "customer-number", "phoneNumber", "phone",
            "otherEmail", PersonalDataSource.Identity.OTHER_EMAIL);

    private final RequestDecisions decisions;
    private final DataSubjectRequestRepository requests;
    private final AuditTrail audit;

    public RecordIdentityVerification(RequestDecisions decisions, DataSubjectRequestRepository requests, AuditTrail audit) {
        this.decisions = decisions;
        this.requests = requests;
        this.audit = audit;
    }

    @Override
    public void notify(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        boolean verified = "verified".equals(task.getVariable(RequestProcess.Var.IDENTITY_DECISION));
        Map<String, String> identifiers = new LinkedHashMap<>(requests.otherIdentifiers(reference));
        Object otherEmail = task.getVariable("otherEmail");
        if (verified && otherEmail != null && !otherEmail.toString().isBlank() && !otherEmail.toString().trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("The other e-mail address is not a valid address.");
        }
        VERIFIED_IDENTIFIERS.forEach((field, kind) -> {
            Object value = task.getVariable(field);
            if (verified && value != null && !value.toString().isBlank()) {
                identifiers.put(kind, value.toString().trim());
            }
            task.getExecution().removeVariable(field);
        });
        if (!verified) {
            return;
        }
        String supporter = audit.currentActor();
        if (AuditTrail.SYSTEM.equals(supporter)) {
            throw new IllegalStateException("\"Verify identity\" needs a logged-in member of support to verify the requester.");
        }
        requests.recordOtherIdentifiers(reference, identifiers);
        decisions.record(reference, Decision.IDENTITY_VERIFIED, Basis.SUPPORT_CHECK, supporter);
    }
}
