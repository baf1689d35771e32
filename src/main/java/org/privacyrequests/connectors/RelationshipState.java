package org.privacyrequests.connectors;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether the customer relationship a row belongs to still runs, and when it ended: read from the source's
 * relationship table through the row's customer column, or through its parent row. Processor data belongs to the
 * relationship of the webshop it is held for: through the row's webshop column and the webshop's customer.
 */
final class RelationshipState {

    /** The state of one relationship; none known is "not active, no end date". */
    record State(boolean active, LocalDate endedOn) {
        static final State UNKNOWN = new State(false, null);
    }

    private final JdbcTemplate jdbc;
    private final SourceTables tables;
    private final RelationshipColumns columns;

    RelationshipState(JdbcTemplate jdbc, SourceTables tables, RelationshipColumns columns) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.columns = columns;
    }

    /** Whether the source records when a relationship ended, so that rows can be dated by it. */
    boolean ends() {
        return columns != null && columns.endedColumn() != null;
    }

    /** The column of a table's own that leads to its relationship: its webshop column for processor data, else its customer column. */
    String columnOf(ResolvedTable table) {
        if (columns == null) {
            return null;
        }
        return columns.webshops() != null ? table.links().webshopColumn() : table.dating().customerColumn();
    }

    State of(ResolvedTable table, Map<String, Object> row, FoundRows found) {
        if (columns == null) {
            return State.UNKNOWN;
        }
        String customerColumn = columnOf(table);
        if (customerColumn == null) {
            Map<String, Object> parent = found.parentRow(table, row);
            return parent == null ? State.UNKNOWN : of(tables.parentOf(table), parent, found);
        }
        Object customer = row.get(SqlNames.unquoted(customerColumn));
        if (customer == null) {
            return State.UNKNOWN;
        }
        String ended = columns.endedColumn() == null ? "NULL" : columns.endedColumn();
        List<Object> values = new ArrayList<>(columns.running().values());
        values.add(customer);
        // A condition that is not true (false, or unknown on a null) is a relationship that does not run.
        return jdbc.query("SELECT CASE WHEN " + columns.running().condition() + " THEN 1 ELSE 0 END, " + ended + " FROM " + columns.table()
                        + " WHERE " + columns.key() + (columns.webshops() == null ? " = ?" : " IN (" + webshopsCustomer() + ")"),
                (rs, i) -> new State(rs.getInt(1) == 1, StoredValues.localDate(rs.getObject(2))),
                values.toArray()).stream().findFirst().orElse(State.UNKNOWN);
    }

    /**
     * The condition on a customer column (a webshop column, for processor data): the relationship ended before the
     * cutoff and it no longer runs (its running condition is false).
     */
    String endedBefore(String customerColumn, LocalDate cutoff, List<Object> values) {
        values.add(Date.valueOf(cutoff));
        values.addAll(columns.running().values());
        String customers = "SELECT " + columns.key() + " FROM " + columns.table() + " WHERE "
                + columns.endedColumn() + " < ? AND NOT (" + columns.running().condition() + ")";
        if (columns.webshops() != null) {
            RelationshipColumns.Webshops w = columns.webshops();
            return customerColumn + " IN (SELECT " + w.key() + " FROM " + w.table() + " WHERE " + w.customerColumn() + " IN (" + customers + "))";
        }
        return customerColumn + " IN (" + customers + ")";
    }

    /** The customer of the webshop with the bound key. */
    private String webshopsCustomer() {
        RelationshipColumns.Webshops w = columns.webshops();
        return "SELECT " + w.customerColumn() + " FROM " + w.table() + " WHERE " + w.key() + " = ?";
    }
}
