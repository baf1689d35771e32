package org.privacyrequests.identity;

import org.privacyrequests.requests.RequestProcess;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Check address on file": tells the process whether the requester's identity is established, must be confirmed
 * through a link, or needs support's check. The decision is recorded by {@link IdentityCheck}, not in variables.
 */
@Component("checkIdentity")
class CheckIdentityDelegate implements JavaDelegate {

    /** The process variable the gateway "Identity established?" reads: established, confirmByLink or notOnFile. */
    static final String IDENTITY_CHECK = "identityCheck";

    private final IdentityCheck check;
    private final IdentityProperties properties;

    public CheckIdentityDelegate(IdentityCheck check, IdentityProperties properties) {
        this.check = check;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        IdentityCheck.Outcome outcome = check.check(execution.getProcessBusinessKey());
        execution.setVariable(IDENTITY_CHECK, switch (outcome) {
            case ESTABLISHED -> "established";
            case CONFIRM_BY_LINK -> "confirmByLink";
            case NOT_ON_FILE -> "notOnFile";
        });
        if (outcome == IdentityCheck.Outcome.CONFIRM_BY_LINK) {
            // The timers of "Wait for confirmation".
            execution.setVariable(RequestProcess.Var.CONFIRMATION_REMINDER_AFTER, properties.remindAfter().toString());
            execution.setVariable(RequestProcess.Var.CONFIRMATION_LINK_VALID_FOR, properties.linkValidFor().toString());
        }
    }
}
