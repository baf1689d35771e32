package org.privacyrequests.rectification;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.lookup.PersonalDataSearch;
import org.privacyrequests.lookup.PersonalDataSource;
import org.privacyrequests.recipients.RecipientNotification;
import org.springframework.stereotype.Service;

/**
 * Applies the corrections support entered in "Apply correction" to every system that holds the person's
 * data, records which fields changed (not the values) and passes the correction on to the recipients.
 */
@Service
public class Correction {

    /** The fields a requester can have corrected, by form key suffix and field code. */
    static final Map<String, String> FIELDS = Map.of(
            "correctedContactName", "contactName",
            "correctedEmail", "email",
            "correctedPhone", "phone",
            "correctedBillingAddress", "billingAddress",
            "correctedPostalCode", "postalCode",
            "correctedCity", "city");

    private final PersonalDataSearch search;
    private final RecipientNotification recipients;
    private final AuditTrail audit;
    private final CorrectionLengths lengths;

    Correction(PersonalDataSearch search, RecipientNotification recipients, AuditTrail audit, CorrectionLengths lengths) {
        this.search = search;
        this.recipients = recipients;
        this.audit = audit;
        this.lengths = lengths;
    }

    /** The form key of a field code ("phone" is entered as "correctedPhone"), or null for one without a form field. */
    static String formKeyOf(String fieldCode) {
        return FIELDS.entrySet().stream().filter(e -> e.getValue().equals(fieldCode)).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** The corrected values support entered in "Apply correction", by form key; blank fields are left out. */
    public static Map<String, String> enteredValues(org.camunda.bpm.engine.delegate.VariableScope form) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.keySet().forEach(key -> {
            Object value = form.getVariable(key);
            if (value != null && !value.toString().isBlank()) {
                values.put(key, value.toString().trim());
            }
        });
        return values;
    }

    /** @return the field codes that changed and the recipients informed */
    public Result apply(String reference, String email, Map<String, String> correctedValues) {
        Map<String, String> corrections = corrections(correctedValues);
        refuseTooLong(correctedValues);
        List<String> changedSources = new ArrayList<>();
        for (PersonalDataSource source : search.sources()) {
            // All of one system's corrections, or none: a clash on the new address must not leave half of them.
            if (source.inTransaction(() -> source.correct(email, corrections)) > 0) {
                changedSources.add(source.name());
            }
        }
        audit.record(reference, AuditEvent.of(AuditAction.CORRECTION_APPLIED).with("fields", String.join(",", corrections.keySet()))
                .with("systems", String.join(", ", changedSources)));
        List<String> informed = recipients.inform(reference, email, "correction", changedSources);
        return new Result(new ArrayList<>(corrections.keySet()), informed);
    }

    /**
     * Applies a webshop's instructed correction to the data held for that webshop only; the webshop, as controller,
     * tells its own recipients. @return the field codes that changed (no recipients informed by us)
     */
    public Result applyForWebshop(String reference, String email, long webshopId, Map<String, String> correctedValues) {
        Map<String, String> corrections = corrections(correctedValues);
        refuseTooLong(correctedValues);
        List<String> changedSources = new ArrayList<>();
        for (PersonalDataSource source : search.sources()) {
            if (source.inTransaction(() -> source.correctForWebshop(webshopId, email, corrections)) > 0) {
                changedSources.add(source.name());
            }
        }
        audit.record(reference, AuditEvent.of(AuditAction.CORRECTION_APPLIED).with("fields", String.join(",", corrections.keySet()))
                .with("systems", String.join(", ", changedSources)).with("onWebshopInstruction", true));
        return new Result(changedSources.isEmpty() ? List.of() : new ArrayList<>(corrections.keySet()), List.of());
    }

    /** Nothing is written when a value does not fit a system: "Apply correction" refuses it, this holds the line behind it. */
    private void refuseTooLong(Map<String, String> correctedValues) {
        lengths.tooLong(correctedValues, false).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
    }

    private static Map<String, String> corrections(Map<String, String> correctedValues) {
        Map<String, String> corrections = new LinkedHashMap<>();
        correctedValues.forEach((formKey, value) -> {
            if (value != null && !value.isBlank() && FIELDS.containsKey(formKey)) {
                corrections.put(FIELDS.get(formKey), value.trim());
            }
        });
        if (corrections.isEmpty()) {
            throw new IllegalArgumentException("No corrected value was entered: fill in at least one field, or refuse the correction.");
        }
        return corrections;
    }

    public record Result(List<String> fields, List<String> recipientsInformed) {
    }
}
