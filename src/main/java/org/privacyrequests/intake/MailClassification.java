package org.privacyrequests.intake;

import java.util.List;

/**
 * What an incoming e-mail is about: a data subject request (with the rights it invokes, or "unclear"),
 * a privacy complaint, or not a privacy matter at all; and the language to answer in.
 */
public record MailClassification(Kind kind, List<String> rights, String language) {

    public enum Kind { REQUEST, COMPLAINT, NOT_PRIVACY }
}
