package org.privacyrequests.identity;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.privacyrequests.requests.RequestProcess;
import org.springframework.stereotype.Component;

/**
 * When the requester's answer to our identity question arrives, "Verify identity" starts a new round: nothing of the
 * previous one is filled in (one click on Complete would otherwise ask the same question again), and the task says
 * when the answer came and which kept mail it is (set by the intake with the message; the mail itself stays with the
 * request, not in the process).
 */
@Component("newIdentityRound")
class NewIdentityRound implements ExecutionListener {

    /** The previous round's form fields. */
    static final List<String> PREVIOUS_ROUND = List.of(RequestProcess.Var.IDENTITY_DECISION, "identityNote",
            RequestProcess.Var.INFORMATION_NEEDED, RequestProcess.Var.REFUSAL_REASON, "customerNumber", "phoneNumber", "otherEmail");

    @Override
    public void notify(DelegateExecution execution) {
        PREVIOUS_ROUND.forEach(execution::removeVariable);
    }
}
