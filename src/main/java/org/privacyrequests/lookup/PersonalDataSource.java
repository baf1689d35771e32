package org.privacyrequests.lookup;

import java.util.List;
import java.util.Map;

/**
 * One of the company's systems that holds personal data: it finds a person's records, erases or
 * anonymises them on an approved plan, and applies corrections where it can.
 */
public interface PersonalDataSource {

    /** The system's name, as a requester reads it in an answer. */
    String name();

    /** What this system is for, who receives its data and where it comes from: the access overview says so. */
    SourceDescription description();

    /** All records that belong to the person with this e-mail address. */
    default List<PersonalRecord> findByEmail(String email) {
        return find(new Identity(email, Map.of()));
    }

    /** All records that belong to the person: by e-mail address, and by any other identifier support verified. */
    List<PersonalRecord> find(Identity identity);

    /** Runs changes to this system in one transaction of its own database (the erasure of one request, say). */
    default <T> T inTransaction(java.util.function.Supplier<T> work) {
        return work.get();
    }

    /** Whether this address is on file here as a data subject's own address (the identity check). */
    boolean holdsAddress(String email);

    /**
     * Carries out one planned action on one record. Must be idempotent: running it again on an erased or
     * anonymised record changes nothing.
     *
     * @return the number of rows changed
     */
    int apply(ErasureAction action, String recordType, String recordId);

    /** Applies corrected values (by field code) to the person's records; returns the rows changed. */
    default int correct(String email, Map<String, String> corrections) {
        return 0;
    }

    enum ErasureAction { ERASE, ANONYMISE, KEEP }

    /**
     * Who the data subject is: the address they wrote from, and identifiers support verified (for example
     * {@code customer-number} or {@code phone}), which sources match in the columns configured for them.
     */
    record Identity(String email, Map<String, String> others) {

        public Identity {
            others = others == null ? Map.of() : Map.copyOf(others);
        }
    }

    record SourceDescription(String purpose, String recipients, String origin) {
    }
}
