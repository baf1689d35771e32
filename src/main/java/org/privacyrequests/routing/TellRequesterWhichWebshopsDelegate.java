package org.privacyrequests.routing;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.requests.RequestProcess;
import org.springframework.stereotype.Component;

/** "Tell requester which webshops decide". */
@Component("tellRequesterWhichWebshops")
public class TellRequesterWhichWebshopsDelegate implements JavaDelegate {

    private final ProcessorForwarding forwarding;

    public TellRequesterWhichWebshopsDelegate(ProcessorForwarding forwarding) {
        this.forwarding = forwarding;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        forwarding.tellRequester(execution.getProcessBusinessKey(),
                (List<Number>) execution.getVariable(RequestProcess.Var.PROCESSOR_WEBSHOPS));
    }
}
