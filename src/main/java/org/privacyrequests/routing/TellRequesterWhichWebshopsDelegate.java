package org.privacyrequests.routing;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.safeguards.StepPreconditions;
import org.springframework.stereotype.Component;

/** "Refer requester to the webshops": names the webshops at which the search found the person's data (from the records). */
@Component("tellRequesterWhichWebshops")
class TellRequesterWhichWebshopsDelegate implements JavaDelegate {

    private final ProcessorForwarding forwarding;
    private final StepPreconditions preconditions;

    public TellRequesterWhichWebshopsDelegate(ProcessorForwarding forwarding, StepPreconditions preconditions) {
        this.forwarding = forwarding;
        this.preconditions = preconditions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var request = preconditions.verifiedRequest(execution, "Refer requester to the webshops");
        forwarding.tellRequester(request.reference(), List.copyOf(forwarding.webshopsFound(request.reference())));
    }
}
