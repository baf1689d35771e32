package org.privacyrequests.complaints;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.requests.DataSubjectRequest;
import org.privacyrequests.requests.RequestIntake;
import org.privacyrequests.requests.RequestTypes;
import org.springframework.stereotype.Component;

/**
 * "File the complaint as a request": a complaint that asks for rights becomes a data subject request for
 * them in one step, received when the complaint was (the deadline runs from then), and the complaint closes
 * saying so. Whose request it is comes from the complaint's record, never from variables.
 */
@Component("fileComplaintAsRequest")
class FileComplaintAsRequestDelegate implements JavaDelegate {

    private final PrivacyComplaints complaints;
    private final RequestIntake requestIntake;
    private final AuditTrail audit;

    public FileComplaintAsRequestDelegate(PrivacyComplaints complaints, RequestIntake requestIntake, AuditTrail audit) {
        this.complaints = complaints;
        this.requestIntake = requestIntake;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        PrivacyComplaint complaint = complaints.find(reference).orElseThrow(() -> new IllegalStateException("No complaint " + reference));
        RequestTypes rights = RequestTypes.read(execution.getVariable(ComplaintProcess.Var.REQUESTED_RIGHTS)).withoutUnclear();
        DataSubjectRequest filed = requestIntake.fileFromCase(complaint.complainantEmail(), complaint.complainantName(), rights.codes(),
                complaint.complaintText(), complaint.language(), complaint.receivedAt(), complaint.channel(),
                complaints.sourceMessageId(reference), reference);
        complaints.recordOutcome(reference, ComplaintOutcome.FILED_AS_REQUEST);
        audit.record(reference, AuditEvent.of(AuditAction.COMPLAINT_FILED_AS_REQUEST).with("request", filed.reference()).with("rights", rights));
        execution.setVariable(ComplaintProcess.Var.FILED_AS_REQUEST, filed.reference());
    }
}
