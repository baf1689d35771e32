package org.privacyrequests.rectification;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What the requester asked to change that support did not change, and why: the answer names each of them with the
 * reason and the right to complain (Art. 12(4)), so no asked field is silently dropped.
 *
 * @param fields field codes ({@code phone}, {@code city}, ..., or {@code other})
 */
record NotCorrected(List<String> fields, String reason) {

    static final String FIELDS = "notCorrectedFields";
    static final String REASON = "notCorrectedReason";

    static NotCorrected read(VariableScope form) {
        Object fields = form.getVariable(FIELDS);
        Object reason = form.getVariable(REASON);
        List<String> codes = new java.util.ArrayList<>();
        // A Camunda Forms checklist arrives as a JSON array; a test or the REST API may hand a plain list.
        if (fields instanceof org.camunda.spin.json.SpinJsonNode json && json.isArray()) {
            json.elements().forEach(e -> codes.add(e.isString() ? e.stringValue() : e.toString()));
        } else if (fields instanceof java.util.Collection<?> list) {
            list.forEach(e -> codes.add(String.valueOf(e)));
        }
        return new NotCorrected(List.copyOf(codes), reason == null ? "" : reason.toString().trim());
    }
}
