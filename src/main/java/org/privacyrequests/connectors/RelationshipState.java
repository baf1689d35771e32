package org.privacyrequests.connectors;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether the customer relationship a row belongs to still runs, and when it ended: read from the source's
 * relationship table through the row's customer column, or through its parent row.
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

    State of(ResolvedTable table, Map<String, Object> row, FoundRows found) {
        if (columns == null) {
            return State.UNKNOWN;
        }
        String customerColumn = table.dating().customerColumn();
        if (customerColumn == null) {
            Map<String, Object> parent = found.parentRow(table, row);
            return parent == null ? State.UNKNOWN : of(tables.parentOf(table), parent, found);
        }
        Object customer = row.get(SqlNames.unquoted(customerColumn));
        if (customer == null) {
            return State.UNKNOWN;
        }
        String ended = columns.endedColumn() == null ? "NULL" : columns.endedColumn();
        return jdbc.query("SELECT " + columns.statusColumn() + ", " + ended + " FROM " + columns.table()
                        + " WHERE " + columns.key() + " = ?",
                (rs, i) -> {
                    String status = rs.getString(1);
                    return new State(columns.activeValues().stream().anyMatch(v -> v.equalsIgnoreCase(status)),
                            StoredValues.localDate(rs.getObject(2)));
                },
                customer).stream().findFirst().orElse(State.UNKNOWN);
    }

    /** The condition on a customer column: the relationship ended before the cutoff and its status is no longer active. */
    String endedBefore(String customerColumn, LocalDate cutoff, List<Object> values) {
        values.add(Date.valueOf(cutoff));
        columns.activeValues().forEach(v -> values.add(v.toLowerCase(Locale.ROOT)));
        return customerColumn + " IN (SELECT " + columns.key() + " FROM " + columns.table() + " WHERE "
                + columns.endedColumn() + " < ? AND LOWER(" + columns.statusColumn() + ") NOT IN ("
                + String.join(", ", Collections.nCopies(columns.activeValues().size(), "?")) + "))";
    }
}
