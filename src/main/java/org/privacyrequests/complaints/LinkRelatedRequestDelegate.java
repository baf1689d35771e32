package org.privacyrequests.complaints;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.requests.DataSubjectRequest.RequestStatus;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.privacyrequests.requests.RequestProcess;
import org.privacyrequests.references.References;
import org.springframework.stereotype.Component;

/**
 * "Link related request and escalate it if late": the complaint and the request it is about name each
 * other (variables {@code relatedRequest} and {@code relatedComplaint}, visible in Cockpit), and a
 * complaint about a late answer to a request that is still open escalates that request to managers at once.
 */
@Component("linkRelatedRequest")
class LinkRelatedRequestDelegate implements JavaDelegate {

    private final DataSubjectRequestRepository requests;
    private final RuntimeService runtimeService;
    private final AuditTrail audit;

    public LinkRelatedRequestDelegate(DataSubjectRequestRepository requests, RuntimeService runtimeService, AuditTrail audit) {
        this.requests = requests;
        this.runtimeService = runtimeService;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String related = (String) execution.getVariable(ComplaintProcess.Var.RELATED_REQUEST);
        if (!References.isRequest(related)) {
            return;
        }
        String complaint = execution.getProcessBusinessKey();
        var requestInstance = runtimeService.createProcessInstanceQuery().processDefinitionKey(RequestProcess.KEY)
                .processInstanceBusinessKey(related).singleResult();
        if (requestInstance != null) {
            runtimeService.setVariable(requestInstance.getId(), "relatedComplaint", complaint);
        }
        audit.record(related, AuditEvent.of(AuditAction.COMPLAINT_FILED_ABOUT_REQUEST).with("complaint", complaint));
        var request = requests.find(related).orElseThrow();
        if (ComplaintCategory.LATE_ANSWER.code().equals(execution.getVariable(ComplaintProcess.Var.CATEGORY)) && requestInstance != null
                && request.status() == RequestStatus.OPEN) {
            runtimeService.createMessageCorrelation(ComplaintProcess.MESSAGE_REQUEST_ESCALATED)
                    .processInstanceId(requestInstance.getId()).correlate();
            audit.record(complaint, AuditEvent.of(AuditAction.RELATED_REQUEST_ESCALATED).with("request", related));
        }
    }
}
