package org.privacyrequests.lookup;

import static org.privacyrequests.requests.RequestProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.privacyrequests.safeguards.StepPreconditions;
import org.springframework.stereotype.Component;

/**
 * "Find personal data in all systems": searches for the person the request record names (the address recorded at
 * intake, the identifiers support verified), only once their identity is established, and tells the routing who
 * decides about what was found.
 */
@Component("findPersonalData")
class FindPersonalDataDelegate implements JavaDelegate {

    private final PersonalDataSearch search;
    private final DataSubjectRequestRepository requests;
    private final StepPreconditions preconditions;

    public FindPersonalDataDelegate(PersonalDataSearch search, DataSubjectRequestRepository requests, StepPreconditions preconditions) {
        this.search = search;
        this.requests = requests;
        this.preconditions = preconditions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var request = preconditions.verifiedRequest(execution, "Find personal data");
        var result = search.search(request.reference(),
                new PersonalDataSource.Identity(request.requesterEmail(), requests.otherIdentifiers(request.reference())));
        execution.setVariable(Var.CONTROLLER_DATA_FOUND, result.controllerDataFound());
        execution.setVariable(Var.PROCESSOR_DATA_FOUND, result.processorDataFound());
        execution.setVariable(Var.PROCESSOR_WEBSHOPS, Variables.objectValue(result.webshops())
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }
}
