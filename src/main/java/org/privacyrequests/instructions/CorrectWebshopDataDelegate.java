package org.privacyrequests.instructions;

import java.util.ArrayList;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.privacyrequests.rectification.Correction;
import org.privacyrequests.requests.PersonalFormInput;
import org.privacyrequests.requests.RequestProcess;
import org.privacyrequests.safeguards.StepPreconditions;
import org.springframework.stereotype.Component;

/**
 * "Correct the webshop's data": the values support entered from the webshop's instruction, applied to the data
 * held for that webshop only (as the records say which webshop instructed), then forgotten.
 */
@Component("correctWebshopData")
class CorrectWebshopDataDelegate implements JavaDelegate {

    private final Correction correction;
    private final WebshopInstructions instructions;
    private final PersonalFormInput personalFormInput;
    private final StepPreconditions preconditions;

    public CorrectWebshopDataDelegate(Correction correction, WebshopInstructions instructions, PersonalFormInput personalFormInput,
                                      StepPreconditions preconditions) {
        this.correction = correction;
        this.instructions = instructions;
        this.personalFormInput = personalFormInput;
        this.preconditions = preconditions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var request = preconditions.forCorrection(execution, "Correct the webshop's data");
        long webshop = instructions.find(request.reference()).orElseThrow().webshopId();
        Map<String, String> values = Correction.enteredValues(execution);
        var result = correction.applyForWebshop(request.reference(), request.requesterEmail(), webshop, values);
        personalFormInput.forget(execution);
        execution.setVariable(RequestProcess.Var.CORRECTED_FIELDS,
                Variables.objectValue(new ArrayList<>(result.fields())).serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }
}
