package org.privacyrequests.connectors;

/** How a table's identity columns are compared with an address, as the configuration's {@code identity-match} names it. */
enum IdentityMatch {
    /** Regardless of case (the default): works whatever case the addresses are stored in. */
    CASE_INSENSITIVE,
    /** As stored, in lower case: the look-up can use a plain index on the column. */
    EXACT;

    static IdentityMatch parse(String value) {
        return ConfigurationWords.parse(IdentityMatch.class, value);
    }
}
