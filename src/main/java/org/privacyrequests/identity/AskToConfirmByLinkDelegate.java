package org.privacyrequests.identity;

import org.privacyrequests.requests.RequestProcess;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Ask requester to confirm by link" and "Remind requester to confirm": mails a confirmation link to the address
 * on file. The BPMN task says which by the input parameter {@code reminder}.
 */
@Component("askToConfirmByLink")
class AskToConfirmByLinkDelegate implements JavaDelegate {

    private final RequestConfirmationByLink confirmation;

    public AskToConfirmByLinkDelegate(RequestConfirmationByLink confirmation) {
        this.confirmation = confirmation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        confirmation.sendLink(execution.getProcessBusinessKey(), Boolean.parseBoolean(String.valueOf(execution.getVariableLocal(RequestProcess.Input.REMINDER))));
    }
}
