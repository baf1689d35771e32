package org.privacyrequests.routing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Forward request to webshop": one instance per webshop, each in a transaction of its own. */
@Component("forwardToWebshop")
public class ForwardToWebshopDelegate implements JavaDelegate {

    private final ProcessorForwarding forwarding;

    public ForwardToWebshopDelegate(ProcessorForwarding forwarding) {
        this.forwarding = forwarding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        forwarding.forwardTo(execution.getProcessBusinessKey(), ((Number) execution.getVariable("webshopId")).longValue());
    }
}
