package org.privacyrequests.complaints;

import org.camunda.bpm.engine.RuntimeService;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.references.References;
import org.springframework.stereotype.Service;

/**
 * A complainant's answer to our response: not satisfied escalates the complaint to managers, satisfied
 * closes it. The e-mail intake passes on replies by mail; support records one that came by phone.
 */
@Service
public class ComplainantReply {

    private final RuntimeService runtimeService;
    private final AuditTrail audit;

    public ComplainantReply(RuntimeService runtimeService, AuditTrail audit) {
        this.runtimeService = runtimeService;
        this.audit = audit;
    }

    public void record(String complaintReference, boolean satisfied, String note) {
        if (!References.isComplaint(complaintReference)) {
            throw new IllegalArgumentException("There is no open complaint " + complaintReference + ".");
        }
        String message = satisfied ? ComplaintProcess.MESSAGE_SATISFIED : ComplaintProcess.MESSAGE_DISSATISFIED;
        boolean waiting = runtimeService.createEventSubscriptionQuery().eventType("message").eventName(message)
                .processInstanceId(instanceId(complaintReference)).count() > 0;
        if (!waiting) {
            throw new IllegalArgumentException("Complaint " + complaintReference
                    + " is not waiting for the complainant's reply (not answered yet, or already closed).");
        }
        audit.record(complaintReference, "Complainant replied", (satisfied ? "Satisfied" : "Not satisfied")
                + (note == null || note.isBlank() ? "" : ": " + note.trim()));
        runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(complaintReference).correlate();
    }

    private String instanceId(String reference) {
        var instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.KEY)
                .processInstanceBusinessKey(reference).singleResult();
        if (instance == null) {
            throw new IllegalArgumentException("There is no open complaint " + reference + ".");
        }
        return instance.getId();
    }
}
