package org.privacyrequests.lookup;

/**
 * What kind of personal data a record holds, by the code the company gives it in its connector configuration
 * ({@code privacy.connectors.categories}): the retention rules decide per category, and the words a requester reads
 * for it come from the same configuration ({@link org.privacyrequests.company.DataCategories}).
 */
public record DataCategory(String code) {

    public DataCategory {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a data category needs a code");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
