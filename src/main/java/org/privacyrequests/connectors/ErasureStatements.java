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
     * What {@link #anonymiseOrErase} does to each of the rows, in one statement when no masking depends on a row's
     * value (null and placeholder maskings; erasing always), so a retention sweep's batch is one round trip; a
     * hash masking is worked out row by row. Counts the rows changed.
     */
    int anonymiseOrEraseAll(ResolvedTable table, List<Object> keys) {
        if (!table.erasure().anonymises()) {
            return eraseAll(table, keys);
        }
        Map<String, Masking> masking = table.erasure().masking();
        if (masking.values().stream().anyMatch(m -> m instanceof Masking.Hash)) {
            int changed = 0;
            for (Object key : keys) {
                changed += anonymise(table, key, masking.keySet());
            }
            return changed;
        }
        List<String> sets = new ArrayList<>();
        List<String> stillPersonal = new ArrayList<>();
        List<Object> setValues = new ArrayList<>();
        List<Object> conditionValues = new ArrayList<>();
        masking.forEach((column, how) -> {
            Object replacement = how.replacement(null, anonymiser);
            if (replacement == null) {
                sets.add(column + " = NULL");
            } else {
                sets.add(column + " = ?");
                setValues.add(replacement);
            }
            stillPersonal.add(how.stillPersonal(column, conditionValues));
        });
        List<Object> values = new ArrayList<>(setValues);
        values.addAll(keys);
        values.addAll(conditionValues);
        return jdbc.update("UPDATE " + table.sqlName() + " SET " + String.join(", ", sets) + " WHERE " + table.key().column()
                + " IN (" + marks(keys.size()) + ") AND (" + String.join(" OR ", stillPersonal) + ")", values.toArray());
    }

    /** What {@link #erase} does to each of the rows, in one statement. */
    int eraseAll(ResolvedTable table, List<Object> keys) {
        String in = table.key().column() + " IN (" + marks(keys.size()) + ")";
        if (table.erasure().deletes()) {
            return jdbc.update("DELETE FROM " + table.sqlName() + " WHERE " + in, keys.toArray());
        }
        List<String> nullify = table.erasure().nullifyColumns();
        String set = nullify.stream().map(c -> c + " = NULL").collect(Collectors.joining(", "));
        String anyLeft = nullify.stream().map(c -> c + " IS NOT NULL").collect(Collectors.joining(" OR "));
        return jdbc.update("UPDATE " + table.sqlName() + " SET " + set + " WHERE " + in + " AND (" + anyLeft + ")", keys.toArray());
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
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
