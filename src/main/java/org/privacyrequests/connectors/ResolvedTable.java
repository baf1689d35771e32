package org.privacyrequests.connectors;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.privacyrequests.lookup.DataCategory;

/**
 * A configured table after its names were checked against the database: every column name here is the quoted
 * name the database stores, safe to put into SQL text.
 *
 * @param category      null for a table read only to reach the rows that belong to it ({@code linkOnly})
 * @param correctable   per field a requester can have corrected (contactName, email, ...): the column
 * @param onObjection   what an objection to direct marketing does to the person's rows; null: nothing
 */
record ResolvedTable(
        String name,
        String sqlName,
        KeyColumn key,
        DataCategory category,
        boolean linkOnly,
        IdentityColumns identity,
        Links links,
        RetentionDating dating,
        RecordColumns columns,
        Erasure erasure,
        Map<String, String> correctable,
        ObjectionAction onObjection) {

    /** The record type of a group of columns with a category of its own: "customer:financial". */
    String groupType(DataCategory groupCategory) {
        return name + ":" + groupCategory.code();
    }

    /** Whether a correctable field is one of the columns the table's rows are found by. */
    boolean correctsIdentity(String field) {
        return identity.email().contains(correctable.get(field));
    }

    /** The table's key; bound as the database types it: "0042" in a text key is not the number 42. */
    record KeyColumn(String column, boolean numeric) {

        Object bound(String recordId) {
            return numeric ? new BigDecimal(recordId) : recordId;
        }

        /** The key's value in a row as read from the database. */
        Object of(Map<String, Object> row) {
            return row.get(SqlNames.unquoted(column));
        }
    }

    /**
     * How a person's rows are found here: the columns holding their address and how those compare, and per other
     * identifier (customer-number, phone) its columns; numeric ones only match an identifier of digits.
     */
    record IdentityColumns(List<String> email, IdentityMatch match, boolean verifiesIdentity,
                           Map<String, List<String>> others, Set<String> numeric) {

        /** The condition on the address columns; bound with {@link #values(String)}. */
        String condition() {
            return email.stream()
                    .map(c -> match == IdentityMatch.EXACT ? c + " = LOWER(?)" : "LOWER(" + c + ") = LOWER(?)")
                    .collect(Collectors.joining(" OR "));
        }

        Object[] values(String address) {
            return Collections.nCopies(email.size(), address).toArray();
        }

        /** The columns of another identifier that can hold this value. */
        List<String> usable(String kind, String value) {
            return others.getOrDefault(kind, List.of()).stream()
                    .filter(c -> !numeric.contains(c) || value.matches("\\d{1,18}")).toList();
        }

        Object bound(String column, String value) {
            return numeric.contains(column) ? new BigDecimal(value) : value;
        }
    }

    /** How rows belong to other rows: to a parent row (an order line to its order), to a webshop (processor data). */
    record Links(String parentTable, String parentColumn, String webshopColumn) {
    }

    /** What the retention rules count a row's age from: its own record date, or the end of its customer relationship. */
    record RetentionDating(String recordDateColumn, String customerColumn) {
    }

    /** The columns shown in the access overview (all, when none are named), and those with a data category of their own. */
    record RecordColumns(List<String> shown, Map<String, DataCategory> ownCategories) {

        /** The columns of one category group. */
        List<String> group(DataCategory groupCategory) {
            return ownCategories.entrySet().stream().filter(e -> e.getValue().equals(groupCategory)).map(Map.Entry::getKey).toList();
        }
    }

    /** What erasure does to a row (delete it, or null its personal columns), and what anonymising does per column. */
    record Erasure(ErasureMode mode, List<String> nullifyColumns, Map<String, Masking> masking) {

        boolean deletes() {
            return mode == ErasureMode.DELETE;
        }

        boolean anonymises() {
            return !masking.isEmpty();
        }
    }
}
