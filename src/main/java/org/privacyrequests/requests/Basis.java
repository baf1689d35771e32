package org.privacyrequests.requests;

/** On what ground a decision was taken: how the requester's identity was established, or who reviewed. */
public enum Basis {
    /** The request came from an address on file for the data subject, and what it asks is answered only there. */
    ADDRESS_ON_FILE,
    /** The person opened the link sent to the address and confirmed the request. */
    EMAIL_LINK,
    /** The public form's request was confirmed through the link mailed to the address. */
    WEB_FORM_LINK,
    /** The company's own, configured mail server recorded a DMARC pass for the sender's domain. */
    DMARC_PASS,
    /** A staff member filed the request (API, Tasklist) and answers for how it reached them. */
    STAFF_ENTRY,
    /** Support checked the identity in "Verify identity". */
    SUPPORT_CHECK,
    /**
     * A webshop's instruction about its consumer: the mail came from the webshop's privacy contact on file and our own
     * mail server recorded a DMARC pass for its domain. The webshop, as controller, answers for its consumer's identity.
     */
    WEBSHOP_AUTHENTICATED,
    /** A webshop's instruction that support confirmed with the webshop by another channel than the mail. */
    WEBSHOP_CONFIRMED,
    /** A person with the role for it reviewed and decided in a task. */
    REVIEW
}
