package org.privacyrequests.connectors;

import java.util.List;
import java.util.Map;
import org.privacyrequests.lookup.DataCategory;
import org.privacyrequests.lookup.LegalBasis;
import org.privacyrequests.lookup.Recipient;
import org.privacyrequests.lookup.ProcessingRole;

/**
 * How a company describes where personal data lives, in a YAML file of its own (see
 * {@code connectors/demo-company.yml}): per system its purpose, legal bases, named recipients and origin, the company's role,
 * the connection, and per table the columns that identify a person, how tables link, each table's data
 * category, and what erasure, anonymisation and correction do to it. Read by {@link ConnectorsFile}; the words
 * of the configuration arrive here as their types.
 */
record ConnectorsSpec(List<Category> categories, List<Source> sources) {

    public ConnectorsSpec {
        categories = categories == null ? List.of() : categories;
        sources = sources == null ? List.of() : sources;
    }

    /**
     * One kind of personal data the company holds: the code tables name, how a requester reads it per language
     * ({@code labels}, optional {@code descriptions}), and what the record's own date is called for it
     * ({@code record-date}: the visit, the invoice date), for a period the retention policy counts from that date.
     */
    public record Category(String code, Map<String, String> labels, Map<String, String> descriptions, Map<String, String> recordDate) {
    }

    /**
     * One system (database) holding personal data.
     *
     * @param legalBasis the grounds of Art. 6(1) its data is processed on ({@code contract}, {@code legal-obligation}, ...)
     * @param recipients who outside the company receives its data, by name, with country and (outside the EEA) safeguard
     */
    public record Source(String name, String purpose, List<LegalBasis> legalBasis, List<Recipient> recipients, String origin,
                         ProcessingRole role, Connection connection, Relationship relationship, List<Table> tables) {

        public Source {
            tables = tables == null ? List.of() : tables;
            legalBasis = legalBasis == null ? List.of() : legalBasis;
            recipients = recipients == null ? List.of() : recipients;
        }
    }

    /** A database of its own; when absent, the application's own database. */
    public record Connection(String url, String username, String password) {
    }

    /**
     * Where the customer relationship's state is kept: which status means it still runs ({@code status-column} with its
     * {@code active-values}), or a condition on the table that holds while it runs ({@code active-when}: exactly one of
     * the two), and when it ended. For
     * processor data, {@code webshop} names the table of the webshops the rows are held for: a row's webshop-column
     * leads there, and the webshop's customer-column to the customer whose subscription decides (the statement:
     * deleted 30 days after the webshop cancels).
     */
    public record Relationship(String table, String key, String statusColumn, List<String> activeValues, String activeWhen,
                               String endedColumn, Webshops webshop) {
    }

    /** The webshops processor data is held for: their key, and the column naming the customer (the relationship's key). */
    public record Webshops(String table, String key, String customerColumn) {
    }

    /**
     * One table: its key, category and personal columns; found by identity columns, or through its parent.
     *
     * @param verifiesIdentity a request from an address in this table's identity columns needs no further check
     * @param linkOnly         read only to reach the rows that belong to it (a customer, for its invoices)
     * @param identityMatch    {@code case-insensitive} (the default) or {@code exact}: an exact match can use a
     *                         plain index on the column, for tables whose addresses are stored in lower case
     * @param otherIdentities  per kind of identifier other than the e-mail address ({@code customer-number},
     *                         {@code phone}), the columns that hold it
     * @param customerColumn   the column naming the customer relationship (the relationship table's key)
     * @param webshopColumn    for processor data: the column naming the webshop (controller) it is held for
     * @param columnCategories columns whose data category differs from the table's (a billing address kept for the
     *                         fiscal duty in a contact table): each such group is a record of its own for the
     *                         retention rules; such a table is erased by {@code nullify}, never by deleting the row
     * @param erase            {@code delete} the row, or {@code nullify} the {@code nullifyColumns}
     * @param anonymise        per column: {@code null}, {@code hash} (keyed) or {@code placeholder:<text>}
     * @param correctable      per field a requester can have corrected (contactName, email, ...): the column
     * @param onObjection      what an objection to direct marketing does to the person's rows here (none: nothing)
     * @param labels           per column, its label per language ({@code nl}, {@code en}) in the access answer
     * @param provided         the columns holding data the person provided, which a portability request exports (Art. 20)
     */
    public record Table(String table, String key, DataCategory category, List<String> identityColumns, boolean verifiesIdentity,
                        boolean linkOnly, IdentityMatch identityMatch, Map<String, List<String>> otherIdentities, Parent parent,
                        String customerColumn, String recordDateColumn, String webshopColumn, List<String> columns,
                        Map<String, DataCategory> columnCategories, ErasureMode erase, List<String> nullifyColumns,
                        Map<String, Masking> anonymise, Map<String, String> correctable, OnObjection onObjection,
                        Map<String, Map<String, String>> labels, List<String> provided) {

        public Table {
            identityColumns = identityColumns == null ? List.of() : identityColumns;
            columns = columns == null ? List.of() : columns;
            columnCategories = columnCategories == null ? Map.of() : columnCategories;
            nullifyColumns = nullifyColumns == null ? List.of() : nullifyColumns;
            anonymise = anonymise == null ? Map.of() : anonymise;
            correctable = correctable == null ? Map.of() : correctable;
            erase = erase == null ? ErasureMode.DELETE : erase;
            identityMatch = identityMatch == null ? IdentityMatch.CASE_INSENSITIVE : identityMatch;
            otherIdentities = otherIdentities == null ? Map.of() : otherIdentities;
            labels = labels == null ? Map.of() : labels;
            provided = provided == null ? List.of() : provided;
        }
    }

    /**
     * {@code on-objection} as written: the word {@code delete}, or {@code nullify: [columns]}, or
     * {@code set: {column: value}}; exactly one of them.
     */
    public record OnObjection(boolean delete, List<String> nullify, Map<String, String> set) {

        public OnObjection {
            nullify = nullify == null ? List.of() : nullify;
            set = set == null ? Map.of() : set;
        }

        /** The word form: only {@code delete} is a word; the others name their columns. */
        static OnObjection parse(String word) {
            if ("delete".equals(word)) {
                return new OnObjection(true, null, null);
            }
            throw new IllegalArgumentException("must be delete, {nullify: [columns]} or {set: {column: value}}, not '" + word + "'");
        }
    }

    /** This table's rows belong to rows of another table: {@code column} here holds the parent's key. */
    public record Parent(String table, String column) {
    }
}
