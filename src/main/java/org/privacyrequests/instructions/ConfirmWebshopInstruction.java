package org.privacyrequests.instructions;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.requests.Basis;
import org.privacyrequests.requests.Decision;
import org.privacyrequests.requests.RequestDecisions;
import org.springframework.stereotype.Component;

/**
 * Checks "Confirm the instruction with the webshop" before it completes: a confirmation says how it was confirmed
 * (a call to the number on file, say), and is recorded as the decision that opens the webshop's data to the
 * instruction, by whoever confirmed it. A mail that only claims to come from the webshop opens nothing.
 */
@Component("confirmWebshopInstruction")
class ConfirmWebshopInstruction implements TaskListener {

    static final String CONFIRMED = "confirmed";

    private final RequestDecisions decisions;
    private final AuditTrail audit;

    public ConfirmWebshopInstruction(RequestDecisions decisions, AuditTrail audit) {
        this.decisions = decisions;
        this.audit = audit;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!CONFIRMED.equals(task.getVariable(WebshopInstructionProcess.Var.INSTRUCTION_CONFIRMED))) {
            return;
        }
        Object how = task.getVariable(WebshopInstructionProcess.Var.CONFIRMATION_NOTE);
        if (how == null || how.toString().isBlank()) {
            throw new IllegalArgumentException("Say how the webshop confirmed the instruction (who, by which channel, when).");
        }
        String user = audit.currentActor();
        if (AuditTrail.SYSTEM.equals(user)) {
            throw new IllegalArgumentException("A webshop's instruction is confirmed by a person who is logged in.");
        }
        decisions.record(task.getExecution().getProcessBusinessKey(), Decision.IDENTITY_VERIFIED, Basis.WEBSHOP_CONFIRMED, user);
    }
}
