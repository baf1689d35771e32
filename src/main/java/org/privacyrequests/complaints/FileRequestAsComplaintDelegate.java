package org.privacyrequests.complaints;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.requests.DataSubjectRequest;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.privacyrequests.requests.RequestOutcome;
import org.springframework.stereotype.Component;

/**
 * "File the request as a complaint", after "Clarify request" found that the requester complains rather than
 * asks for rights: a complaint from the request's record, received when the request was (its deadline runs
 * from then), and the request closes saying so. Lives with complaints, which already know requests.
 */
@Component("fileRequestAsComplaint")
class FileRequestAsComplaintDelegate implements JavaDelegate {

    private final DataSubjectRequestRepository requests;
    private final ComplaintIntake complaintIntake;
    private final AuditTrail audit;

    public FileRequestAsComplaintDelegate(DataSubjectRequestRepository requests, ComplaintIntake complaintIntake, AuditTrail audit) {
        this.requests = requests;
        this.complaintIntake = complaintIntake;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        DataSubjectRequest request = requests.find(reference).orElseThrow(() -> new IllegalStateException("No request " + reference));
        PrivacyComplaint filed = complaintIntake.fileFromCase(request.requesterEmail(), request.requesterName(), request.requestText(),
                request.language(), request.receivedAt(), request.channel(), requests.sourceMessageId(reference), reference);
        requests.addOutcome(reference, RequestOutcome.FILED_AS_COMPLAINT, RequestOutcome.FILED_AS_COMPLAINT.label() + " " + filed.reference());
        audit.record(reference, AuditEvent.of(AuditAction.REQUEST_FILED_AS_COMPLAINT).with("complaint", filed.reference()));
    }
}
