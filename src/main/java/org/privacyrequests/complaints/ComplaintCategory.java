package org.privacyrequests.complaints;

import java.util.Arrays;
import java.util.Optional;

/** What a complaint is about, as support assesses it (the codes of the form "assess-complaint"). */
public enum ComplaintCategory {
    LATE_ANSWER("lateAnswer"), WRONG_PROCESSING("wrongProcessing"), SECURITY("security"), MARKETING("marketing"), OTHER("other");

    private final String code;

    ComplaintCategory(String code) {
        this.code = code;
    }

    /** The code forms, mails, the database and the API use. */
    public String code() {
        return code;
    }

    public static Optional<ComplaintCategory> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
