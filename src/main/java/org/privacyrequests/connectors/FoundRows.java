package org.privacyrequests.connectors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The rows one look-up found so far, per table: a row's parent row is looked up here, not read again. */
final class FoundRows {

    private final SourceTables tables;
    private final Map<String, List<Map<String, Object>>> byTable = new HashMap<>();

    FoundRows(SourceTables tables) {
        this.tables = tables;
    }

    void put(ResolvedTable table, List<Map<String, Object>> rows) {
        byTable.put(table.name(), rows);
    }

    List<Map<String, Object>> of(String table) {
        return byTable.getOrDefault(table, List.of());
    }

    /** The found row this row belongs to, or null when the table has no parent (or the parent row was not found). */
    Map<String, Object> parentRow(ResolvedTable table, Map<String, Object> row) {
        if (table.links().parentTable() == null) {
            return null;
        }
        ResolvedTable parent = tables.parentOf(table);
        Object parentKey = row.get(SqlNames.unquoted(table.links().parentColumn()));
        return of(parent.name()).stream()
                .filter(p -> Objects.equals(String.valueOf(parent.key().of(p)), String.valueOf(parentKey)))
                .findFirst().orElse(null);
    }
}
