package org.privacyrequests.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What happened, as data: the kind of step ({@link AuditAction}) and its facts as named values (counts, codes, dates,
 * references, the name of a system or webshop, the reasons staff wrote). The staff pages word it in the staff
 * language from the texts; nothing is ever read back out of a sentence. Facts name categories and outcomes, never
 * the personal data itself.
 */
public record AuditEvent(AuditAction action, Map<String, String> facts) {

    /** The fact naming the step of a {@link AuditAction#TASK_COMPLETED}; its other facts are the form's decision fields. */
    public static final String TASK = "task";

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    public static AuditEvent of(AuditAction action) {
        return new AuditEvent(action, Map.of());
    }

    /** This event with one more fact; a null value is left out (the sentence then has nothing to say about it). */
    public AuditEvent with(String name, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(facts);
        more.put(name, String.valueOf(value));
        return new AuditEvent(action, more);
    }

    /** This event with several facts at once, in their order (a decision form's fields, say). */
    public AuditEvent withAll(Map<String, ?> values) {
        AuditEvent event = this;
        for (Map.Entry<String, ?> value : values.entrySet()) {
            event = event.with(value.getKey(), value.getValue());
        }
        return event;
    }
}
