package org.privacyrequests.requests;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import static org.privacyrequests.requests.RequestProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** "Record clarified rights": keeps the rights support ticked in "Clarify request" on the request record. */
@Component("recordClarifiedTypes")
class RecordClarifiedTypesDelegate implements JavaDelegate {

    private final DataSubjectRequestRepository requests;
    private final AuditTrail audit;

    public RecordClarifiedTypesDelegate(DataSubjectRequestRepository requests, AuditTrail audit) {
        this.requests = requests;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        RequestTypes types = RequestTypes.read(execution.getVariable(Var.REQUEST_TYPES)).withoutUnclear();
        RequestTypes clarified = RequestTypes.read(types.codes());
        requests.updateRequestTypes(reference, clarified.toString());
        execution.setVariable(Var.REQUEST_TYPES, RegisterRequestDelegate.jsonList(clarified));
        execution.setVariable(Var.TYPES_CLEAR, clarified.clear());
        audit.record(reference, AuditEvent.of(AuditAction.RIGHTS_CLARIFIED).with("rights", clarified));
    }
}
