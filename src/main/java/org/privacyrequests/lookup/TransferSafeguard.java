package org.privacyrequests.lookup;

/**
 * What makes a transfer to a recipient outside the European Economic Area lawful (Chapter V GDPR), as the
 * connector configuration names it per recipient; the access answer states it (Art. 15(2)).
 */
public enum TransferSafeguard {
    /** The Commission decided the country protects personal data adequately (Art. 45). */
    ADEQUACY_DECISION,
    /** The Commission's standard contractual clauses (Art. 46(2)(c)). */
    STANDARD_CONTRACTUAL_CLAUSES,
    /** Binding corporate rules of the recipient's group (Art. 47). */
    BINDING_CORPORATE_RULES,
    /** An exception for a specific situation, such as explicit consent or a contract with the person (Art. 49). */
    DEROGATION;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
