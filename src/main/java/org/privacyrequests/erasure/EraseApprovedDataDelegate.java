package org.privacyrequests.erasure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Erase and anonymise approved data": runs in a job of its own; a failure is an incident that can be retried. */
@Component("eraseApprovedData")
public class EraseApprovedDataDelegate implements JavaDelegate {

    private final ErasureExecution erasure;

    public EraseApprovedDataDelegate(ErasureExecution erasure) {
        this.erasure = erasure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        erasure.execute(execution.getProcessBusinessKey());
    }
}
