package org.privacyrequests.requests;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Personal data that arrives as form input (a request's text, a requester's name, corrected contact
 * details) is moved to where it belongs and then forgotten by the process, including its history.
 */
@Component
public class PersonalFormInput {

    /** Form fields that may carry personal data beyond the requester's address. */
    public static final List<String> NAMES = List.of(
            RequestProcess.Var.TEXT, RequestProcess.Var.REQUESTER_NAME, "complainantName",
            "correctedContactName", "correctedEmail", "correctedPhone", "correctedBillingAddress",
            "correctedPostalCode", "correctedCity", "customerNumber", "phoneNumber", "otherEmail",
            // Other people's data support blacked out of an access answer: kept with the answer, not in the process.
            "accessRedactions",
            // The copies of the requester's or complainant's address on Tasklist's cards (tasklist/TaskCards), task variables.
            "requester", "complainant");

    private final HistoryService historyService;

    public PersonalFormInput(HistoryService historyService) {
        this.historyService = historyService;
    }

    public void forget(DelegateExecution execution) {
        NAMES.forEach(execution::removeVariable);
    }

    /** Removes what history kept of those fields; called when the request closes. */
    public void forgetHistory(String processInstanceId) {
        historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(processInstanceId)
                .variableNameIn(NAMES.toArray(String[]::new))
                .list()
                .forEach(v -> historyService.deleteHistoricVariableInstance(v.getId()));
    }
}
