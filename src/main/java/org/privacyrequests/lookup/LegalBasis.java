package org.privacyrequests.lookup;

/**
 * The ground in Art. 6(1) GDPR on which a system's data is processed, as the connector configuration names it
 * ({@code legal-basis: [contract, legal-obligation]}). The access answer states it; portability (Art. 20(1)(a))
 * applies only to data processed on consent or a contract.
 */
public enum LegalBasis {
    CONSENT, CONTRACT, LEGAL_OBLIGATION, VITAL_INTERESTS, PUBLIC_TASK, LEGITIMATE_INTERESTS;

    /** Whether data processed on this ground falls under the right to data portability (Art. 20(1)(a)). */
    public boolean portable() {
        return this == CONSENT || this == CONTRACT;
    }

    /** The word the configuration and the templates use: {@code legal-obligation}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
