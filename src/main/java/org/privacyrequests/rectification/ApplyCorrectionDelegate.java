package org.privacyrequests.rectification;

import org.privacyrequests.requests.RequestProcess;

import java.util.ArrayList;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.privacyrequests.requests.PersonalFormInput;
import org.springframework.stereotype.Component;

/**
 * "Correct data and inform recipients": applies the corrected values, then forgets them; the process
 * keeps only which fields changed and who was told.
 */
@Component("applyCorrection")
class ApplyCorrectionDelegate implements JavaDelegate {

    private final Correction correction;
    private final PersonalFormInput personalFormInput;

    private final org.privacyrequests.safeguards.StepPreconditions preconditions;

    public ApplyCorrectionDelegate(Correction correction, PersonalFormInput personalFormInput,
                                   org.privacyrequests.safeguards.StepPreconditions preconditions) {
        this.preconditions = preconditions;
        this.correction = correction;
        this.personalFormInput = personalFormInput;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var request = preconditions.forCorrection(execution, "Correct data, inform recipients");
        Map<String, String> values = Correction.enteredValues(execution);
        var result = correction.apply(request.reference(), request.requesterEmail(), values);
        personalFormInput.forget(execution);
        execution.setVariable(RequestProcess.Var.CORRECTED_FIELDS, json(result.fields()));
        execution.setVariable(RequestProcess.Var.RECIPIENTS_INFORMED, json(result.recipientsInformed()));
    }

    private static Object json(java.util.List<String> list) {
        return Variables.objectValue(new ArrayList<>(list)).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }
}
