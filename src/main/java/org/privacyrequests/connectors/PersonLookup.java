package org.privacyrequests.connectors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.privacyrequests.lookup.DataCategory;
import org.privacyrequests.lookup.PersonalDataSource.Identity;
import org.privacyrequests.lookup.PersonalRecord;
import org.privacyrequests.lookup.ProcessingRole;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds a person's rows in one source: by the identity columns (their address, or another identifier support
 * verified), then from those rows to the rows that belong to them (customer to invoices, order to order lines),
 * and turns each row into records for the access overview and the retention rules.
 */
final class PersonLookup {

    /** Keys per IN list: a person can have more rows than one statement takes. */
    static final int IN_CHUNK = 500;

    private final String source;
    private final ProcessingRole role;
    private final JdbcTemplate jdbc;
    private final SourceTables tables;
    private final RelationshipState relationship;

    PersonLookup(String source, ProcessingRole role, JdbcTemplate jdbc, SourceTables tables, RelationshipState relationship) {
        this.source = source;
        this.role = role;
        this.jdbc = jdbc;
        this.tables = tables;
        this.relationship = relationship;
    }

    List<PersonalRecord> find(Identity identity) {
        String email = identity.email();
        List<PersonalRecord> records = new ArrayList<>();
        FoundRows found = new FoundRows(tables);
        for (ResolvedTable table : tables.all()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            if (!table.identity().email().isEmpty() && email != null) {
                rows.addAll(jdbc.queryForList("SELECT * FROM " + table.sqlName() + " WHERE " + table.identity().condition(),
                        table.identity().values(email)));
            }
            for (var other : identity.others().entrySet()) {
                if (Identity.OTHER_EMAIL.equals(other.getKey())) {
                    if (!table.identity().email().isEmpty() && other.getValue() != null && !other.getValue().isBlank()) {
                        rows.addAll(jdbc.queryForList("SELECT * FROM " + table.sqlName() + " WHERE " + table.identity().condition(),
                                table.identity().values(other.getValue().trim())));
                    }
                } else {
                    rows.addAll(byOtherIdentity(table, other.getKey(), other.getValue()));
                }
            }
            if (table.links().parentTable() != null) {
                rows.addAll(byParent(table, found.of(table.links().parentTable())));
            }
            List<Map<String, Object>> distinct = distinctByKey(table, rows);
            found.put(table, distinct);
            if (!table.linkOnly()) {
                for (Map<String, Object> row : distinct) {
                    records.addAll(records(table, row, found));
                }
            }
        }
        return records;
    }

    boolean holdsAddress(String email) {
        return tables.all().stream().filter(t -> t.identity().verifiesIdentity()).anyMatch(t -> {
            Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + t.sqlName() + " WHERE " + t.identity().condition(), Integer.class,
                    t.identity().values(email));
            return n != null && n > 0;
        });
    }

    private List<Map<String, Object>> byOtherIdentity(ResolvedTable table, String kind, String identifier) {
        String value = identifier == null ? "" : identifier.trim();
        List<String> usable = table.identity().usable(kind, value);
        if (usable.isEmpty() || value.isEmpty()) {
            return List.of();
        }
        String condition = usable.stream().map(c -> c + " = ?").collect(Collectors.joining(" OR "));
        Object[] values = usable.stream().map(c -> table.identity().bound(c, value)).toArray();
        return jdbc.queryForList("SELECT * FROM " + table.sqlName() + " WHERE " + condition, values);
    }

    private List<Map<String, Object>> byParent(ResolvedTable table, List<Map<String, Object>> parents) {
        ResolvedTable parent = tables.parentOf(table);
        List<Object> keys = parents.stream().map(p -> parent.key().of(p)).filter(Objects::nonNull).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += IN_CHUNK) {
            List<Object> chunk = keys.subList(from, Math.min(keys.size(), from + IN_CHUNK));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            rows.addAll(jdbc.queryForList("SELECT * FROM " + table.sqlName() + " WHERE " + table.links().parentColumn()
                    + " IN (" + marks + ")", chunk.toArray()));
        }
        return rows;
    }

    /** The row as records: one in the table's category, and one per group of columns with a category of its own. */
    private List<PersonalRecord> records(ResolvedTable table, Map<String, Object> row, FoundRows found) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (table.columns().shown().isEmpty()) {
            row.forEach((column, value) -> fields.put(column.toLowerCase(Locale.ROOT), StoredValues.readable(value)));
        } else {
            table.columns().shown().forEach(c -> fields.put(field(c), StoredValues.readable(row.get(SqlNames.unquoted(c)))));
        }
        RelationshipState.State state = relationship.of(table, row, found);
        String key = String.valueOf(table.key().of(row));
        Long webshop = webshopOf(table, row, found);
        String recordDateColumn = table.dating().recordDateColumn();
        LocalDate recordDate = recordDateColumn == null ? null : StoredValues.localDate(row.get(SqlNames.unquoted(recordDateColumn)));
        List<PersonalRecord> records = new ArrayList<>();
        for (DataCategory groupCategory : new LinkedHashSet<>(table.columns().ownCategories().values())) {
            Map<String, Object> groupFields = new LinkedHashMap<>();
            for (String c : table.columns().group(groupCategory)) {
                fields.remove(field(c));
                groupFields.put(field(c), StoredValues.readable(row.get(SqlNames.unquoted(c))));
            }
            records.add(new PersonalRecord(source, table.groupType(groupCategory), key, groupCategory, role, webshop, groupFields,
                    state.active(), state.endedOn(), recordDate));
        }
        records.add(0, new PersonalRecord(source, table.name(), key, table.category(), role, webshop, fields, state.active(),
                state.endedOn(), recordDate));
        return records;
    }

    /** The webshop a processor row is held for: its own column, or its parent's. */
    private Long webshopOf(ResolvedTable table, Map<String, Object> row, FoundRows found) {
        if (role != ProcessingRole.PROCESSOR) {
            return null;
        }
        if (table.links().webshopColumn() != null) {
            Object id = row.get(SqlNames.unquoted(table.links().webshopColumn()));
            return id instanceof Number n ? n.longValue() : null;
        }
        Map<String, Object> parent = found.parentRow(table, row);
        return parent == null ? null : webshopOf(tables.parentOf(table), parent, found);
    }

    private static String field(String quotedColumn) {
        return SqlNames.unquoted(quotedColumn).toLowerCase(Locale.ROOT);
    }

    private static List<Map<String, Object>> distinctByKey(ResolvedTable table, List<Map<String, Object>> rows) {
        Map<Object, Map<String, Object>> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.putIfAbsent(String.valueOf(table.key().of(r)), r));
        return new ArrayList<>(byKey.values());
    }
}
