package org.privacyrequests.routing;

import org.privacyrequests.requests.RequestProcess;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.safeguards.StepPreconditions;
import org.springframework.stereotype.Component;

/**
 * "Forward request to webshop": one instance per webshop, each in a transaction of its own; only to a webshop at
 * which the search found this person's data, and only once their identity is established.
 */
@Component("forwardToWebshop")
class ForwardToWebshopDelegate implements JavaDelegate {

    private final ProcessorForwarding forwarding;
    private final StepPreconditions preconditions;

    public ForwardToWebshopDelegate(ProcessorForwarding forwarding, StepPreconditions preconditions) {
        this.forwarding = forwarding;
        this.preconditions = preconditions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        long webshopId = ((Number) execution.getVariable(RequestProcess.Var.WEBSHOP_ID)).longValue();
        preconditions.forWebshops(execution, "Forward request to webshop", List.of(webshopId),
                reference == null ? java.util.Set.of() : forwarding.webshopsFound(reference));
        forwarding.forwardTo(reference, webshopId);
    }
}
