package org.privacyrequests.lookup;

import static org.privacyrequests.requests.RequestProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** "Find personal data in all systems": searches, and tells the routing who decides about what was found. */
@Component("findPersonalData")
public class FindPersonalDataDelegate implements JavaDelegate {

    /** Identifiers support may verify in "Verify identity", by form field and kind. */
    static final java.util.Map<String, String> VERIFIED_IDENTIFIERS = java.util.Map.of(
            "customerNumber", "customer-number", "phoneNumber", "phone");

    private final PersonalDataSearch search;
    private final org.privacyrequests.requests.DataSubjectRequestRepository requests;

    public FindPersonalDataDelegate(PersonalDataSearch search, org.privacyrequests.requests.DataSubjectRequestRepository requests) {
        this.search = search;
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        // Identifiers from the form move to the request record; the process keeps no copy.
        java.util.Map<String, String> others = new java.util.LinkedHashMap<>(requests.otherIdentifiers(reference));
        VERIFIED_IDENTIFIERS.forEach((field, kind) -> {
            Object value = execution.getVariable(field);
            if (value != null && !value.toString().isBlank()) {
                others.put(kind, value.toString().trim());
            }
            execution.removeVariable(field);
        });
        requests.recordOtherIdentifiers(reference, others);
        var result = search.search(reference, new PersonalDataSource.Identity((String) execution.getVariable(Var.REQUESTER_EMAIL), others));
        execution.setVariable(Var.CONTROLLER_DATA_FOUND, result.controllerDataFound());
        execution.setVariable(Var.PROCESSOR_DATA_FOUND, result.processorDataFound());
        execution.setVariable(Var.PROCESSOR_WEBSHOPS, Variables.objectValue(result.webshops())
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }
}
