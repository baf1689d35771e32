package org.privacyrequests.connectors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
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
import org.springframework.jdbc.core.ColumnMapRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;

/**
 * Finds a person's rows in one source: by the identity columns (their address, or another identifier support
 * verified), then from those rows to the rows that belong to them (customer to invoices, order to order lines),
 * and turns each row into records for the access overview and the retention rules.
 */
final class PersonLookup {

    /** Keys per IN list: a person can have more rows than one statement takes. */
    static final int IN_CHUNK = 500;

    /** Rows per round trip while a table's rows of the person are read. */
    static final int FETCH_SIZE = 500;

    private final String source;
    private final ProcessingRole role;
    private final JdbcTemplate jdbc;
    private final SourceTables tables;
    private final RelationshipState relationship;
    private final Map<String, String> fieldNames = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> storedNames = new java.util.concurrent.ConcurrentHashMap<>();
    /** The same database, read in pages: a person's rows are not all fetched into memory at once. */
    private final JdbcTemplate rows;

    PersonLookup(String source, ProcessingRole role, JdbcTemplate jdbc, SourceTables tables, RelationshipState relationship) {
        this.source = source;
        this.role = role;
        this.jdbc = jdbc;
        this.tables = tables;
        this.relationship = relationship;
        this.rows = new JdbcTemplate(jdbc.getDataSource());
        this.rows.setFetchSize(FETCH_SIZE);
    }

    /**
     * Hands over the person's records table by table as the rows are read (a row fetched in pages of
     * {@value #FETCH_SIZE}): only the rows of a table other tables belong to (a customer, an order) are kept, to find
     * the rows that belong to them; a table's other rows are passed on and not held.
     */
    void find(Identity identity, Consumer<PersonalRecord> out) {
        FoundRows found = new FoundRows(tables);
        for (ResolvedTable table : tables.all()) {
            List<Select> selects = selects(table, identity, found);
            boolean parent = tables.isParent(table);
            List<Map<String, Object>> kept = parent ? new ArrayList<>() : null;
            // One statement finds each row once; rows found by two (the address and a customer number) are passed on once.
            Set<String> seen = selects.size() > 1 ? new HashSet<>() : null;
            RowMapper<Map<String, Object>> columns = new ColumnMapRowMapper();
            for (Select select : selects) {
                rows.query(select.sql(), (RowCallbackHandler) rs -> {
                    Map<String, Object> row = columns.mapRow(rs, 0);
                    if (seen != null && !seen.add(String.valueOf(table.key().of(row)))) {
                        return;
                    }
                    if (kept != null) {
                        kept.add(row);
                    }
                    if (!table.linkOnly()) {
                        records(table, row, found).forEach(out);
                    }
                }, select.values());
            }
            if (kept != null) {
                found.put(table, kept);
            }
        }
    }

    /** A statement and its values. */
    private record Select(String sql, Object[] values) {
    }

    /** The statements that find a table's rows of the person: by their address, other identifiers, their parent rows. */
    private List<Select> selects(ResolvedTable table, Identity identity, FoundRows found) {
        List<Select> selects = new ArrayList<>();
        String byIdentity = "SELECT * FROM " + table.sqlName() + " WHERE " + table.identity().condition();
        if (!table.identity().email().isEmpty() && identity.email() != null) {
            selects.add(new Select(byIdentity, table.identity().values(identity.email())));
        }
        for (var other : identity.others().entrySet()) {
            if (Identity.OTHER_EMAIL.equals(other.getKey())) {
                if (!table.identity().email().isEmpty() && other.getValue() != null && !other.getValue().isBlank()) {
                    selects.add(new Select(byIdentity, table.identity().values(other.getValue().trim())));
                }
            } else {
                byOtherIdentity(table, other.getKey(), other.getValue()).ifPresent(selects::add);
            }
        }
        if (table.links().parentTable() != null) {
            selects.addAll(byParent(table, found.of(table.links().parentTable())));
        }
        return selects;
    }

    boolean holdsAddress(String email) {
        return tables.all().stream().filter(t -> t.identity().verifiesIdentity()).anyMatch(t -> {
            Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + t.sqlName() + " WHERE " + t.identity().condition(), Integer.class,
                    t.identity().values(email));
            return n != null && n > 0;
        });
    }

    private java.util.Optional<Select> byOtherIdentity(ResolvedTable table, String kind, String identifier) {
        String value = identifier == null ? "" : identifier.trim();
        List<String> usable = table.identity().usable(kind, value);
        if (usable.isEmpty() || value.isEmpty()) {
            return java.util.Optional.empty();
        }
        String condition = usable.stream().map(c -> c + " = ?").collect(Collectors.joining(" OR "));
        Object[] values = usable.stream().map(c -> table.identity().bound(c, value)).toArray();
        return java.util.Optional.of(new Select("SELECT * FROM " + table.sqlName() + " WHERE " + condition, values));
    }

    private List<Select> byParent(ResolvedTable table, List<Map<String, Object>> parents) {
        ResolvedTable parent = tables.parentOf(table);
        List<Object> keys = parents.stream().map(p -> parent.key().of(p)).filter(Objects::nonNull).toList();
        List<Select> selects = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += IN_CHUNK) {
            List<Object> chunk = keys.subList(from, Math.min(keys.size(), from + IN_CHUNK));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            selects.add(new Select("SELECT * FROM " + table.sqlName() + " WHERE " + table.links().parentColumn()
                    + " IN (" + marks + ")", chunk.toArray()));
        }
        return selects;
    }

    /** The row as records: one in the table's category, and one per group of columns with a category of its own. */
    private List<PersonalRecord> records(ResolvedTable table, Map<String, Object> row, FoundRows found) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (table.columns().shown().isEmpty()) {
            row.forEach((column, value) -> fields.put(column.toLowerCase(Locale.ROOT), StoredValues.readable(value)));
        } else {
            table.columns().shown().forEach(c -> fields.put(field(c), StoredValues.readable(row.get(unquoted(c)))));
        }
        RelationshipState.State state = relationship.of(table, row, found);
        String key = String.valueOf(table.key().of(row));
        Long webshop = webshopOf(table, row, found);
        String recordDateColumn = table.dating().recordDateColumn();
        LocalDate recordDate = recordDateColumn == null ? null : StoredValues.localDate(row.get(unquoted(recordDateColumn)));
        List<PersonalRecord> records = new ArrayList<>();
        for (DataCategory groupCategory : new LinkedHashSet<>(table.columns().ownCategories().values())) {
            Map<String, Object> groupFields = new LinkedHashMap<>();
            for (String c : table.columns().group(groupCategory)) {
                fields.remove(field(c));
                groupFields.put(field(c), StoredValues.readable(row.get(unquoted(c))));
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

    /** A column's field name in a record: its stored name in lower case (worked out once per column, not per row). */
    private String field(String quotedColumn) {
        return fieldNames.computeIfAbsent(quotedColumn, c -> SqlNames.unquoted(c).toLowerCase(Locale.ROOT));
    }

    private String unquoted(String quotedColumn) {
        return storedNames.computeIfAbsent(quotedColumn, SqlNames::unquoted);
    }
}
