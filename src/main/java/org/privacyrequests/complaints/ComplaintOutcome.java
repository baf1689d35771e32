package org.privacyrequests.complaints;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a complaint ended: upheld or not (the codes of the forms), forwarded to the webshop that decides, or
 * filed as a data subject request because it asked for rights rather than complained.
 */
public enum ComplaintOutcome {
    UPHELD("upheld"), PARTLY_UPHELD("partlyUpheld"), NOT_UPHELD("notUpheld"), FORWARDED("forwarded"), FILED_AS_REQUEST("filedAsRequest");

    private final String code;

    ComplaintOutcome(String code) {
        this.code = code;
    }

    /** The code forms, mails, the database and the API use. */
    public String code() {
        return code;
    }

    public static Optional<ComplaintOutcome> fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
    }

    static ComplaintOutcome of(Object code) {
        return fromCode(String.valueOf(code)).orElseThrow(() -> new IllegalArgumentException("Unknown complaint outcome: " + code));
    }
}
