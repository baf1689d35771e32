package org.privacyrequests.requests;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The rights a data subject can invoke (GDPR Art. 15-21), plus "unclear" for a request that must be clarified first. */
public enum RequestType {
    ACCESS, RECTIFICATION, ERASURE, RESTRICTION, PORTABILITY, OBJECTION, UNCLEAR;

    /** The lower-case code used in process variables, forms and the REST API. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RequestType> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.name().equals(wanted)).findFirst();
    }
}
