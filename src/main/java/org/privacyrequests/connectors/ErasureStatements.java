package org.privacyrequests.connectors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.privacyrequests.lookup.PersonalDataSource.ErasureAction;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Erases and anonymises single rows as the table's configuration says: delete the row or null its personal
 * columns, mask columns one by one. Each statement changes only what still holds personal data, so running it
 * again changes nothing.
 */
final class ErasureStatements {

    private final JdbcTemplate jdbc;
    private final SourceTables tables;
    private final Anonymiser anonymiser;

    ErasureStatements(JdbcTemplate jdbc, SourceTables tables, Anonymiser anonymiser) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.anonymiser = anonymiser;
    }

    /** One planned action on one record; a record type "customer:financial" is a group of columns with a category of its own. */
    int apply(ErasureAction action, String recordType, String recordId) {
        int colon = recordType.indexOf(':');
        ResolvedTable table = tables.named(colon < 0 ? recordType : recordType.substring(0, colon), recordType);
        Object key = table.key().bound(recordId);
        if (colon >= 0) {
            return applyToGroup(action, table, recordType.substring(colon + 1), key);
        }
        return switch (action) {
            case KEEP -> 0;
            case ERASE -> erase(table, key);
            case ANONYMISE -> anonymiseOrErase(table, key);
        };
    }

    /** A group of columns with a category of its own: erasing or anonymising it touches only those columns. */
    private int applyToGroup(ErasureAction action, ResolvedTable table, String categoryCode, Object key) {
        List<String> columns = table.columns().ownCategories().entrySet().stream()
                .filter(e -> e.getValue().code().equals(categoryCode)).map(Map.Entry::getKey).toList();
        if (action == ErasureAction.KEEP || columns.isEmpty()) {
            return 0;
        }
        Map<String, Masking> masking = table.erasure().masking();
        List<String> nulled = action == ErasureAction.ANONYMISE
                ? columns.stream().filter(c -> !masking.containsKey(c)).toList() : columns;
        int changed = 0;
        if (!nulled.isEmpty()) {
            changed += jdbc.update("UPDATE " + table.sqlName() + " SET " + nulled.stream().map(c -> c + " = NULL").collect(Collectors.joining(", "))
                    + " WHERE " + table.key().column() + " = ? AND (" + nulled.stream().map(c -> c + " IS NOT NULL").collect(Collectors.joining(" OR "))
                    + ")", key);
        }
        if (action == ErasureAction.ANONYMISE && nulled.size() < columns.size()) {
            changed += anonymise(table, key, new HashSet<>(columns));
        }
        return changed;
    }

    /**
     * What {@link #anonymiseOrErase} does to each row of a batch, the rows given by an SQL condition on the table
     * and its bound values. When no masking depends on a row's value (null and placeholder maskings) that is one
     * statement. A hash masking reads the batch's rows that still need it in one query, works the stand-ins out with
     * the {@link Anonymiser} (the same keyed hash as a request's anonymisation: the databases have no HMAC in common)
     * and writes them back as one JDBC batch, one round trip rather than two statements a row. Counts the rows changed.
     */
    int anonymiseOrEraseAll(ResolvedTable table, String rows, List<Object> rowValues) {
        if (!table.erasure().anonymises()) {
            return eraseAll(table, rows, rowValues);
        }
        Map<String, Masking> masking = table.erasure().masking();
        List<String> stillPersonal = new ArrayList<>();
        List<Object> conditionValues = new ArrayList<>(rowValues);
        masking.forEach((column, how) -> stillPersonal.add(how.stillPersonal(column, conditionValues)));
        String where = rows + " AND (" + String.join(" OR ", stillPersonal) + ")";
        if (masking.values().stream().anyMatch(m -> m instanceof Masking.Hash)) {
            return hashAll(table, masking, where, conditionValues);
        }
        List<String> sets = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        masking.forEach((column, how) -> {
            Object replacement = how.replacement(null, anonymiser);
            if (replacement == null) {
                sets.add(column + " = NULL");
            } else {
                sets.add(column + " = ?");
                values.add(replacement);
            }
        });
        values.addAll(conditionValues);
        return jdbc.update("UPDATE " + table.sqlName() + " SET " + String.join(", ", sets) + " WHERE " + where, values.toArray());
    }

    /** The masking of the rows {@code where} selects, worked out per row and written in one JDBC batch. */
    private int hashAll(ResolvedTable table, Map<String, Masking> masking, String where, List<Object> values) {
        String key = table.key().column();
        List<String> columns = List.copyOf(masking.keySet());
        List<Object[]> changes = new ArrayList<>();
        jdbc.query("SELECT " + key + ", " + String.join(", ", columns) + " FROM " + table.sqlName() + " WHERE " + where,
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    Object[] change = new Object[columns.size() + 1];
                    for (int i = 0; i < columns.size(); i++) {
                        change[i] = masking.get(columns.get(i)).replacement(rs.getObject(i + 2), anonymiser);
                    }
                    change[columns.size()] = rs.getObject(1);
                    changes.add(change);
                }, values.toArray());
        if (changes.isEmpty()) {
            return 0;
        }
        int[] counts = jdbc.batchUpdate("UPDATE " + table.sqlName() + " SET " + columns.stream().map(c -> c + " = ?")
                .collect(Collectors.joining(", ")) + " WHERE " + key + " = ?", changes);
        int changed = 0;
        for (int count : counts) {
            // A driver that sends the batch as one statement may not say per row; each row read still needed the change.
            changed += count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : count;
        }
        return changed;
    }

    /** What {@link #erase} does to each row of a batch, the rows given by an SQL condition on the table, in one statement. */
    int eraseAll(ResolvedTable table, String rows, List<Object> rowValues) {
        if (table.erasure().deletes()) {
            return jdbc.update("DELETE FROM " + table.sqlName() + " WHERE " + rows, rowValues.toArray());
        }
        List<String> nullify = table.erasure().nullifyColumns();
        String set = nullify.stream().map(c -> c + " = NULL").collect(Collectors.joining(", "));
        String anyLeft = nullify.stream().map(c -> c + " IS NOT NULL").collect(Collectors.joining(" OR "));
        return jdbc.update("UPDATE " + table.sqlName() + " SET " + set + " WHERE " + rows + " AND (" + anyLeft + ")", rowValues.toArray());
    }

    /** Anonymises the row where the table says how; a table without masking is erased instead. */
    int anonymiseOrErase(ResolvedTable table, Object key) {
        return table.erasure().anonymises() ? anonymise(table, key, table.erasure().masking().keySet()) : erase(table, key);
    }

    int erase(ResolvedTable table, Object key) {
        if (table.erasure().deletes()) {
            return jdbc.update("DELETE FROM " + table.sqlName() + " WHERE " + table.key().column() + " = ?", key);
        }
        List<String> nullify = table.erasure().nullifyColumns();
        String set = nullify.stream().map(c -> c + " = NULL").collect(Collectors.joining(", "));
        String anyLeft = nullify.stream().map(c -> c + " IS NOT NULL").collect(Collectors.joining(" OR "));
        return jdbc.update("UPDATE " + table.sqlName() + " SET " + set + " WHERE " + table.key().column() + " = ? AND (" + anyLeft + ")", key);
    }

    private int anonymise(ResolvedTable table, Object key, Set<String> onlyColumns) {
        String keyColumn = table.key().column();
        Map<String, Object> row = jdbc.queryForList("SELECT * FROM " + table.sqlName() + " WHERE " + keyColumn + " = ?", key)
                .stream().findFirst().orElse(null);
        if (row == null) {
            return 0;
        }
        List<String> sets = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        table.erasure().masking().forEach((column, masking) -> {
            if (!onlyColumns.contains(column)) {
                return;
            }
            Object current = row.get(SqlNames.unquoted(column));
            Object replacement = masking.replacement(current, anonymiser);
            if (!Objects.equals(current, replacement)) {
                sets.add(column + " = ?");
                values.add(replacement);
            }
        });
        if (sets.isEmpty()) {
            return 0;
        }
        values.add(key);
        return jdbc.update("UPDATE " + table.sqlName() + " SET " + String.join(", ", sets) + " WHERE " + keyColumn + " = ?",
                values.toArray());
    }
}
