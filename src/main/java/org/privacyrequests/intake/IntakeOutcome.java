package org.privacyrequests.intake;

/**
 * What became of one mail in the support mailbox. The code is what the intake log ({@code incoming_mail.outcome})
 * and the poll's counts name it by.
 */
public enum IntakeOutcome {
    REQUEST("request"),
    COMPLAINT("complaint"),
    NOT_PRIVACY("not-privacy"),
    /** Privacy words but no clear ask: kept for support to review, never dropped. */
    UNSURE("unsure"),
    OWN_MAIL("own-mail"),
    AUTO_REPLY("auto-reply"),
    DUPLICATE("duplicate"),
    IDENTITY_INFORMATION("identity-information"),
    COMPLAINANT_DISSATISFIED("complainant-dissatisfied"),
    COMPLAINANT_SATISFIED("complainant-satisfied"),
    WEBSHOP_INSTRUCTION("webshop-instruction"),
    THANKS("thanks"),
    CORRESPONDENCE("correspondence"),
    BOUNCE("bounce"),
    BOUNCE_UNMATCHED("bounce-unmatched"),
    UNREADABLE("unreadable"),
    TOO_LARGE("too-large");

    private final String code;

    IntakeOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
