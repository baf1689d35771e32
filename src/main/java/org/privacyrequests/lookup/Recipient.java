package org.privacyrequests.lookup;

import java.util.Locale;
import java.util.Set;

/**
 * Someone outside the company who receives a system's data, named as the connector configuration names it: who
 * (a service provider working for the company, a company deciding for itself, a public authority), in which
 * country, and for a country outside the European Economic Area what safeguards the transfer (Art. 15(1)(c), 15(2)).
 *
 * @param country   ISO 3166 two-letter code of the country the data goes to ({@code NL}, {@code US})
 * @param safeguard required when the country is outside the EEA
 * @param details   optional: the safeguard more precisely, or where a copy of it is to be had
 */
public record Recipient(String name, Kind kind, String country, TransferSafeguard safeguard, String details) {

    /** The EU's member states, Iceland, Liechtenstein and Norway: a transfer within them needs no safeguard. */
    private static final Set<String> EEA = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

    public Recipient {
        country = country == null ? null : country.trim().toUpperCase(Locale.ROOT);
    }

    public boolean insideEea() {
        return country != null && EEA.contains(country);
    }

    /** Whether the country is one ISO 3166 knows (a typing error in the configuration is not a country). */
    public boolean knownCountry() {
        return country != null && Set.of(Locale.getISOCountries()).contains(country);
    }

    /** What the recipient is to the company. */
    public enum Kind {
        /** Works on the company's behalf and instructions (a hosting or e-mail provider). */
        PROCESSOR,
        /** Decides for itself what it does with the data (a payment provider, an accountant). */
        CONTROLLER,
        /** Receives the data because the law says so (the tax authority). */
        PUBLIC_AUTHORITY;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
