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

    /**
     * The same records one by one, handed over as they are read: a long-standing customer's hundred thousand rows
     * need not be held at once. A source that reads them all first may keep this default.
     */
    default void find(Identity identity, java.util.function.Consumer<PersonalRecord> found) {
        find(identity).forEach(found);
    }

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

    /**
     * The most characters a corrected value may have, per field code, in this system: its shortest column the field is
     * written to. A field without an entry takes what the correction form lets through.
     */
    default Map<String, Integer> correctionLimits() {
        return Map.of();
    }

    /** Applies corrected values (by field code) to the person's records the company decides about; returns the rows changed. */
    default int correct(String email, Map<String, String> corrections) {
        return 0;
    }

    /**
     * Applies corrected values to the person's records this system holds for one webshop, as its processor, on
     * that webshop's instruction; other webshops' rows and the company's own stay as they are. @return the rows changed
     */
    default int correctForWebshop(long webshopId, String email, Map<String, String> corrections) {
        return 0;
    }

    /**
     * Carries out an objection to direct marketing (Art. 21(3)) on the person's rows, as each table's
     * {@code on-objection} says (delete, nullify, set a flag); idempotent. @return the rows changed
     */
    default int stopDirectMarketing(String email) {
        return 0;
    }

    /** The tables the retention sweep can select rows of by age: those with a record date or a customer relationship. */
    default List<AgedTable> agedTables() {
        return List.of();
    }

    /**
     * How many of a table's rows are due under the cut and still hold personal data (rows already erased or
     * anonymised are not due again), and how many of those the protected keys keep out of the sweep.
     */
    default DueCount countDue(String table, RetentionCut cut, java.util.Set<String> protectedKeys) {
        return new DueCount(0, 0);
    }

    /**
     * Carries out the cut on at most {@code limit} due rows that are not protected, in key order from the first key
     * after {@code after} (null: from the first), in one transaction of this source. Run again from the start, it
     * goes on with the rows still due.
     */
    default DoneBatch applyDue(String table, RetentionCut cut, java.util.Set<String> protectedKeys, int limit, Object after) {
        return new DoneBatch(0, null);
    }

    /**
     * A batch of a retention cut carried out: the rows it changed, and the last key it looked at, where the next
     * batch starts (null: no rows are left after this batch).
     */
    record DoneBatch(int changed, Object lastKey) {
    }

    enum ErasureAction { ERASE, ANONYMISE, KEEP }

    /**
     * A table whose rows can be selected by age: by its own record date, or by the end of the customer relationship
     * (for processor data: the relationship of the webshop it is held for); a table whose rows belong to a parent's
     * (order lines to an order) is dated as its parent is. The role picks the retention policy's row.
     */
    record AgedTable(String table, DataCategory category, ProcessingRole role, boolean hasRecordDate, boolean hasRelationshipEnd) {
    }

    /**
     * What a retention rule does to which rows: erase or anonymise those whose record date (countedFrom
     * {@code recordDate}) or whose customer relationship's end ({@code relationshipEnd}) lies before the cutoff.
     */
    record RetentionCut(ErasureAction action, String countedFrom, java.time.LocalDate cutoff) {
    }

    /** Rows due under a cut, and how many of them are protected (an open request, a legal hold). */
    record DueCount(long due, long protectedRows) {
    }

    /**
     * Who the data subject is: the address they wrote from, and identifiers support verified (for example
     * {@code customer-number} or {@code phone}), which sources match in the columns configured for them.
     */
    record Identity(String email, Map<String, String> others) {

        /** Another address of the person's own, verified by support: looked up where their address is. */
        public static final String OTHER_EMAIL = "other-email";

        public Identity {
            others = others == null ? Map.of() : Map.copyOf(others);
        }
    }

    /**
     * What the access answer says about a system (Art. 15(1)): its purpose and legal bases, the recipients by name,
     * where the data comes from, and per table how its columns read and which the person provided.
     */
    record SourceDescription(String purpose, List<LegalBasis> legalBases, List<Recipient> recipients, String origin,
                             Map<String, TableDescription> tables) {

        public SourceDescription {
            legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
            tables = tables == null ? Map.of() : Map.copyOf(tables);
        }

        /** The description of the table a record comes from ({@code customer}, or {@code customer:financial} for a column group). */
        public TableDescription table(String recordType) {
            int group = recordType.indexOf(':');
            return tables.getOrDefault(group < 0 ? recordType : recordType.substring(0, group), TableDescription.NONE);
        }

        /** Whether a portability request covers this system's data at all: processed on consent or a contract (Art. 20(1)(a)). */
        public boolean portable() {
            return legalBases.stream().anyMatch(LegalBasis::portable);
        }
    }
}
