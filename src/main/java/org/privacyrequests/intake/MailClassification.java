package org.privacyrequests.intake;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What an incoming e-mail is about: a data subject request (with the rights it invokes, or "unclear"),
 * a privacy complaint, a mail with privacy words but no clear ask (support looks at it), or not a privacy
 * matter at all; the language to answer in; and the words that decided, so a person can check the call.
 */
public record MailClassification(Kind kind, List<String> rights, String language, List<String> because) {

    public enum Kind { REQUEST, COMPLAINT, UNSURE, NOT_PRIVACY }

    public MailClassification {
        rights = List.copyOf(rights);
        because = List.copyOf(because);
    }

    /** One line for support: the outcome and the phrases that decided it. */
    public String summary() {
        String words = because.stream().map(w -> "'" + w + "'").collect(Collectors.joining(", "));
        return switch (kind) {
            case UNSURE -> "unsure: privacy words " + words + ", no clear ask";
            case REQUEST -> "request " + String.join(",", rights) + ": " + words;
            case COMPLAINT -> "complaint: " + words;
            case NOT_PRIVACY -> "not a privacy matter";
        };
    }
}
