package org.privacyrequests.instructions;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.engine.StepRefused;
import org.privacyrequests.requests.Basis;
import org.privacyrequests.requests.DataSubjectRequest;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.privacyrequests.requests.Decision;
import org.privacyrequests.requests.RequestDecisions;
import org.privacyrequests.requests.RequestProcess;
import org.privacyrequests.requests.RequestTypes;
import org.privacyrequests.routing.Webshops;
import org.springframework.stereotype.Component;

/**
 * "Register the instruction": this process instance works the instruction filed under its business key (none
 * other, and no instance started by hand for a reference that is not a filed instruction); the facts the forms
 * show come from the records. A mail our own server authenticated as the webshop's counts as the webshop's word.
 */
@Component("registerWebshopInstruction")
class RegisterWebshopInstructionDelegate implements JavaDelegate {

    private final WebshopInstructions instructions;
    private final DataSubjectRequestRepository requests;
    private final Webshops webshops;
    private final RequestDecisions decisions;
    private final AuditTrail audit;

    public RegisterWebshopInstructionDelegate(WebshopInstructions instructions, DataSubjectRequestRepository requests, Webshops webshops,
                                              RequestDecisions decisions, AuditTrail audit) {
        this.instructions = instructions;
        this.requests = requests;
        this.webshops = webshops;
        this.decisions = decisions;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        WebshopInstruction instruction = (reference == null ? java.util.Optional.<WebshopInstruction>empty() : instructions.find(reference))
                .orElseThrow(() -> new StepRefused("\"Register the instruction\" refused: " + reference + " is no webshop's instruction on file."));
        if (!requests.claimProcessInstance(reference, execution.getProcessInstanceId())) {
            throw new StepRefused("Instruction " + reference + " is already worked by another process instance; a second one may not start it.");
        }
        DataSubjectRequest request = requests.find(reference).orElseThrow();
        execution.setVariable(RequestProcess.Var.REQUESTER_EMAIL, request.requesterEmail());
        execution.setVariable(RequestProcess.Var.LANGUAGE, request.language());
        execution.setVariable(RequestProcess.Var.DEADLINE, Date.from(request.deadline()));
        execution.setVariable(RequestProcess.Var.REQUEST_TYPES, Variables.objectValue(RequestTypes.read(request.requestTypes()).codes())
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        execution.setVariable(WebshopInstructionProcess.Var.WEBSHOP_NAME, webshops.get(instruction.webshopId()).name());
        execution.setVariable(WebshopInstructionProcess.Var.SENDER_AUTHENTICATED, instruction.senderAuthenticated());
        if (instruction.senderAuthenticated()) {
            decisions.record(reference, Decision.IDENTITY_VERIFIED, Basis.WEBSHOP_AUTHENTICATED, AuditTrail.SYSTEM);
            audit.record(reference, AuditEvent.of(AuditAction.INSTRUCTION_AUTHENTICATED).with("by", instruction.senderAuthenticatedBy()));
        }
    }
}
