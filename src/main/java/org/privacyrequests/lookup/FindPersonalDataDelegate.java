package org.privacyrequests.lookup;

import static org.privacyrequests.requests.RequestProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** "Find personal data in all systems": searches, and tells the routing who decides about what was found. */
@Component("findPersonalData")
public class FindPersonalDataDelegate implements JavaDelegate {

    private final PersonalDataSearch search;

    public FindPersonalDataDelegate(PersonalDataSearch search) {
        this.search = search;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var result = search.search(execution.getProcessBusinessKey(), (String) execution.getVariable(Var.REQUESTER_EMAIL));
        execution.setVariable(Var.CONTROLLER_DATA_FOUND, result.controllerDataFound());
        execution.setVariable(Var.PROCESSOR_DATA_FOUND, result.processorDataFound());
        execution.setVariable(Var.PROCESSOR_WEBSHOPS, Variables.objectValue(result.webshops())
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }
}
