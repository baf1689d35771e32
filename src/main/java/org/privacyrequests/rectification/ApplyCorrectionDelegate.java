package org.privacyrequests.rectification;

import java.util.ArrayList;
import java.util.HashMap;
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
public class ApplyCorrectionDelegate implements JavaDelegate {

    private final Correction correction;
    private final PersonalFormInput personalFormInput;

    public ApplyCorrectionDelegate(Correction correction, PersonalFormInput personalFormInput) {
        this.correction = correction;
        this.personalFormInput = personalFormInput;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, String> values = new HashMap<>();
        Correction.FIELDS.keySet().forEach(key -> {
            Object v = execution.getVariable(key);
            if (v != null) {
                values.put(key, v.toString());
            }
        });
        var result = correction.apply(execution.getProcessBusinessKey(), (String) execution.getVariable("requesterEmail"), values);
        personalFormInput.forget(execution);
        execution.setVariable("correctedFields", json(result.fields()));
        execution.setVariable("recipientsInformed", json(result.recipientsInformed()));
    }

    private static Object json(java.util.List<String> list) {
        return Variables.objectValue(new ArrayList<>(list)).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }
}
