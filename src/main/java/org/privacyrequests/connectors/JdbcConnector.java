package org.privacyrequests.connectors;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.privacyrequests.lookup.PersonalDataSource;
import org.privacyrequests.lookup.PersonalRecord;
import org.privacyrequests.lookup.ProcessingRole;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One configured system, read and changed with plain SQL built from checked, quoted names and bound
 * values: finds a person's rows by the identity columns and walks from them to the rows that belong to
 * them (customer to invoices, order to order lines); erases, anonymises and corrects as configured.
 */
public class JdbcConnector implements PersonalDataSource {

    private static final int IN_CHUNK = 500;

    private final String name;
    private final SourceDescription description;
    private final ProcessingRole role;
    private final JdbcTemplate jdbc;
    private final Map<String, ResolvedTable> tables;
    private final RelationshipColumns relationship;
    private final Anonymiser anonymiser;

    private final org.springframework.transaction.support.TransactionTemplate transactions;

    /** @param ownDatabase whether the source has a database of its own (changes then run in its own transactions) */
    JdbcConnector(String name, SourceDescription description, ProcessingRole role, DataSource database, boolean ownDatabase,
                  Map<String, ResolvedTable> tables, RelationshipColumns relationship, Anonymiser anonymiser) {
        this.transactions = ownDatabase
                ? new org.springframework.transaction.support.TransactionTemplate(
                        new org.springframework.jdbc.datasource.DataSourceTransactionManager(database))
                : null;
        this.name = name;
        this.description = description;
        this.role = role;
        this.jdbc = new JdbcTemplate(database);
        this.tables = tables;
        this.relationship = relationship;
        this.anonymiser = anonymiser;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SourceDescription description() {
        return description;
    }

    @Override
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        // On the application's database the caller's transaction (the engine's job) already spans the work.
        return transactions == null ? work.get() : transactions.execute(status -> work.get());
    }

    @Override
    public List<PersonalRecord> find(Identity identity) {
        String email = identity.email();
        List<PersonalRecord> records = new ArrayList<>();
        Map<String, List<Map<String, Object>>> found = new LinkedHashMap<>();
        for (ResolvedTable table : tables.values()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            if (!table.identityColumns().isEmpty() && email != null) {
                rows.addAll(byIdentity(table, email));
            }
            for (var other : identity.others().entrySet()) {
                List<String> columns = table.otherIdentities().getOrDefault(other.getKey(), List.of());
                String value = other.getValue() == null ? "" : other.getValue().trim();
                List<String> usable = columns.stream()
                        .filter(c -> !table.numericColumns().contains(c) || value.matches("\\d{1,18}")).toList();
                if (!usable.isEmpty() && !value.isEmpty()) {
                    String condition = usable.stream().map(c -> c + " = ?").collect(Collectors.joining(" OR "));
                    Object[] values = usable.stream()
                            .map(c -> table.numericColumns().contains(c) ? (Object) new java.math.BigDecimal(value) : value).toArray();
                    rows.addAll(jdbc.queryForList("SELECT * FROM " + table.sqlName() + " WHERE " + condition, values));
                }
            }
            if (table.parentTable() != null) {
                rows.addAll(byParent(table, found.getOrDefault(table.parentTable(), List.of())));
            }
            List<Map<String, Object>> distinct = distinctByKey(table, rows);
            found.put(table.name(), distinct);
            if (!table.linkOnly()) {
                for (Map<String, Object> row : distinct) {
                    records.addAll(records(table, row, found));
                }
            }
        }
        return records;
    }

    @Override
    public boolean holdsAddress(String email) {
        return tables.values().stream().filter(ResolvedTable::verifiesIdentity).anyMatch(t -> {
            Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + t.sqlName() + " WHERE " + identityCondition(t), Integer.class,
                    repeat(email, t.identityColumns().size()));
            return n != null && n > 0;
        });
    }

    @Override
    public int apply(ErasureAction action, String recordType, String recordId) {
        int colon = recordType.indexOf(':');
        ResolvedTable table = tables.get(colon < 0 ? recordType : recordType.substring(0, colon));
        if (table == null) {
            throw new IllegalStateException("Source " + name + " has no table " + recordType);
        }
        Object key = keyValue(table, recordId);
        if (colon >= 0) {
            return applyToGroup(action, table, recordType.substring(colon + 1), key);
        }
        return switch (action) {
            case KEEP -> 0;
            case ERASE -> erase(table, key);
            case ANONYMISE -> table.anonymise().isEmpty() ? erase(table, key) : anonymise(table, key, table.anonymise().keySet());
        };
    }

    /** A group of columns with a category of its own: erasing or anonymising it touches only those columns. */
    private int applyToGroup(ErasureAction action, ResolvedTable table, String categoryCode, Object key) {
        List<String> columns = table.columnCategories().entrySet().stream()
                .filter(e -> e.getValue().code().equals(categoryCode)).map(Map.Entry::getKey).toList();
        if (action == ErasureAction.KEEP || columns.isEmpty()) {
            return 0;
        }
        List<String> nulled = action == ErasureAction.ANONYMISE
                ? columns.stream().filter(c -> !table.anonymise().containsKey(c)).toList() : columns;
        int changed = 0;
        if (!nulled.isEmpty()) {
            changed += jdbc.update("UPDATE " + table.sqlName() + " SET " + nulled.stream().map(c -> c + " = NULL").collect(Collectors.joining(", "))
                    + " WHERE " + table.key() + " = ? AND (" + nulled.stream().map(c -> c + " IS NOT NULL").collect(Collectors.joining(" OR "))
                    + ")", key);
        }
        if (action == ErasureAction.ANONYMISE && nulled.size() < columns.size()) {
            changed += anonymise(table, key, new java.util.HashSet<>(columns));
        }
        return changed;
    }

    @Override
    public int correct(String email, Map<String, String> corrections) {
        int changed = 0;
        for (ResolvedTable table : tables.values()) {
            if (table.correctable().isEmpty() || table.identityColumns().isEmpty()) {
                continue;
            }
            // Other fields first: the rows are found by the address, which may itself be corrected.
            List<Map.Entry<String, String>> ordered = corrections.entrySet().stream()
                    .filter(c -> table.correctable().containsKey(c.getKey()))
                    .sorted((a, b) -> Boolean.compare(isIdentity(table, a.getKey()), isIdentity(table, b.getKey())))
                    .toList();
            for (var correction : ordered) {
                String column = table.correctable().get(correction.getKey());
                List<Object> args = new ArrayList<>();
                // Where addresses are matched exactly, they are stored the way they are looked up: in lower case.
                boolean exactIdentity = table.exactIdentityMatch() && isIdentity(table, correction.getKey());
                args.add(exactIdentity ? correction.getValue().toLowerCase(Locale.ROOT) : correction.getValue());
                args.addAll(List.of(repeat(email, table.identityColumns().size())));
                changed += jdbc.update("UPDATE " + table.sqlName() + " SET " + column + " = ? WHERE " + identityCondition(table),
                        args.toArray());
            }
        }
        return changed;
    }

    @Override
    public List<AgedTable> agedTables() {
        boolean relationshipEnds = relationship != null && relationship.endedColumn() != null;
        return tables.values().stream().filter(t -> !t.linkOnly())
                .map(t -> new AgedTable(t.name(), t.category(), t.recordDateColumn() != null, relationshipEnds && t.customerColumn() != null))
                .toList();
    }

    @Override
    public DueCount countDue(String tableName, RetentionCut cut, java.util.Set<String> protectedKeys) {
        ResolvedTable table = agedTable(tableName);
        DueRows due = dueRows(table, cut);
        Long all = jdbc.queryForObject("SELECT COUNT(*) FROM " + table.sqlName() + " WHERE " + due.condition(), Long.class, due.values());
        long protectedRows = 0;
        List<Object> keys = protectedKeys.stream().map(k -> keyValue(table, k)).toList();
        for (int from = 0; from < keys.size(); from += IN_CHUNK) {
            List<Object> chunk = keys.subList(from, Math.min(keys.size(), from + IN_CHUNK));
            List<Object> values = new ArrayList<>(List.of(due.values()));
            values.addAll(chunk);
            Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table.sqlName() + " WHERE " + due.condition() + " AND " + table.key()
                    + " IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", Long.class, values.toArray());
            protectedRows += n == null ? 0 : n;
        }
        return new DueCount(all == null ? 0 : all, protectedRows);
    }

    @Override
    public int applyDue(String tableName, RetentionCut cut, java.util.Set<String> protectedKeys, int limit) {
        ResolvedTable table = agedTable(tableName);
        DueRows due = dueRows(table, cut);
        return inTransaction(() -> {
            // Protected rows are left out here rather than in SQL: a person can have more keys than a statement takes.
            JdbcTemplate limited = new JdbcTemplate(Objects.requireNonNull(jdbc.getDataSource()));
            limited.setMaxRows(limit + protectedKeys.size());
            List<Object> keys = limited.queryForList("SELECT " + table.key() + " FROM " + table.sqlName() + " WHERE " + due.condition()
                    + " ORDER BY " + table.key(), Object.class, due.values()).stream()
                    .filter(k -> !protectedKeys.contains(String.valueOf(k))).limit(limit).toList();
            if (keys.isEmpty()) {
                return 0;
            }
            if (cut.action() == ErasureAction.ERASE && table.deleteOnErase()) {
                return jdbc.update("DELETE FROM " + table.sqlName() + " WHERE " + table.key() + " IN ("
                        + String.join(", ", Collections.nCopies(keys.size(), "?")) + ")", keys.toArray());
            }
            int changed = 0;
            for (Object key : keys) {
                changed += cut.action() == ErasureAction.ERASE || table.anonymise().isEmpty()
                        ? erase(table, key) : anonymise(table, key, table.anonymise().keySet());
            }
            return changed;
        });
    }

    private ResolvedTable agedTable(String tableName) {
        ResolvedTable table = tables.get(tableName);
        if (table == null) {
            throw new IllegalStateException("Source " + name + " has no table " + tableName);
        }
        return table;
    }

    /** The SQL condition (and its values) of the rows a cut selects that still hold what it would remove. */
    private DueRows dueRows(ResolvedTable table, RetentionCut cut) {
        List<Object> values = new ArrayList<>();
        String age;
        if ("recordDate".equals(cut.countedFrom()) && table.recordDateColumn() != null) {
            age = table.recordDateColumn() + " < ?";
            values.add(Date.valueOf(cut.cutoff()));
        } else if ("relationshipEnd".equals(cut.countedFrom()) && table.customerColumn() != null && relationship != null
                && relationship.endedColumn() != null) {
            age = table.customerColumn() + " IN (SELECT " + relationship.key() + " FROM " + relationship.table() + " WHERE "
                    + relationship.endedColumn() + " < ? AND LOWER(" + relationship.statusColumn() + ") NOT IN ("
                    + String.join(", ", Collections.nCopies(relationship.activeValues().size(), "?")) + "))";
            values.add(Date.valueOf(cut.cutoff()));
            relationship.activeValues().forEach(v -> values.add(v.toLowerCase(Locale.ROOT)));
        } else {
            throw new IllegalStateException("Table " + table.name() + " of " + name + " has no " + cut.countedFrom() + " to count from");
        }
        String personal;
        if (cut.action() == ErasureAction.ANONYMISE && !table.anonymise().isEmpty()) {
            List<String> parts = new ArrayList<>();
            table.anonymise().forEach((column, how) -> {
                if ("null".equals(how)) {
                    parts.add(column + " IS NOT NULL");
                } else if ("hash".equals(how)) {
                    parts.add("(" + column + " IS NOT NULL AND " + column + " NOT LIKE '" + Anonymiser.PREFIX + "%')");
                } else {
                    parts.add("(" + column + " IS NOT NULL AND " + column + " <> ?)");
                    values.add(how.substring("placeholder:".length()));
                }
            });
            personal = "(" + String.join(" OR ", parts) + ")";
        } else if (!table.deleteOnErase()) {
            personal = "(" + table.nullifyColumns().stream().map(c -> c + " IS NOT NULL").collect(Collectors.joining(" OR ")) + ")";
        } else {
            personal = "1 = 1";
        }
        return new DueRows(age + " AND " + personal, values.toArray());
    }

    private record DueRows(String condition, Object[] values) {
    }

    private boolean isIdentity(ResolvedTable table, String field) {
        return table.identityColumns().contains(table.correctable().get(field));
    }

    private int erase(ResolvedTable table, Object key) {
        if (table.deleteOnErase()) {
            return jdbc.update("DELETE FROM " + table.sqlName() + " WHERE " + table.key() + " = ?", key);
        }
        String set = table.nullifyColumns().stream().map(c -> c + " = NULL").collect(Collectors.joining(", "));
        String anyLeft = table.nullifyColumns().stream().map(c -> c + " IS NOT NULL").collect(Collectors.joining(" OR "));
        return jdbc.update("UPDATE " + table.sqlName() + " SET " + set + " WHERE " + table.key() + " = ? AND (" + anyLeft + ")", key);
    }

    private int anonymise(ResolvedTable table, Object key, java.util.Set<String> onlyColumns) {
        Map<String, Object> row = jdbc.queryForList("SELECT * FROM " + table.sqlName() + " WHERE " + table.key() + " = ?", key)
                .stream().findFirst().orElse(null);
        if (row == null) {
            return 0;
        }
        List<String> sets = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        table.anonymise().forEach((column, how) -> {
            if (!onlyColumns.contains(column)) {
                return;
            }
            Object current = row.get(ResolvedTable.unquoted(column));
            Object replacement = switch (how) {
                case "null" -> null;
                case "hash" -> current == null ? null : anonymiser.hash(current.toString());
                default -> how.substring("placeholder:".length());
            };
            if (!Objects.equals(current, replacement)) {
                sets.add(column + " = ?");
                values.add(replacement);
            }
        });
        if (sets.isEmpty()) {
            return 0;
        }
        values.add(key);
        return jdbc.update("UPDATE " + table.sqlName() + " SET " + String.join(", ", sets) + " WHERE " + table.key() + " = ?",
                values.toArray());
    }

    private List<Map<String, Object>> byIdentity(ResolvedTable table, String email) {
        return jdbc.queryForList("SELECT * FROM " + table.sqlName() + " WHERE " + identityCondition(table),
                repeat(email, table.identityColumns().size()));
    }

    private List<Map<String, Object>> byParent(ResolvedTable table, List<Map<String, Object>> parents) {
        ResolvedTable parent = tables.get(table.parentTable());
        List<Object> keys = parents.stream().map(p -> p.get(ResolvedTable.unquoted(parent.key()))).filter(Objects::nonNull).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += IN_CHUNK) {
            List<Object> chunk = keys.subList(from, Math.min(keys.size(), from + IN_CHUNK));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            rows.addAll(jdbc.queryForList("SELECT * FROM " + table.sqlName() + " WHERE " + table.parentColumn() + " IN (" + marks + ")",
                    chunk.toArray()));
        }
        return rows;
    }

    /** The row as records: one in the table's category, and one per group of columns with a category of its own. */
    private List<PersonalRecord> records(ResolvedTable table, Map<String, Object> row, Map<String, List<Map<String, Object>>> found) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (table.columns().isEmpty()) {
            row.forEach((column, value) -> fields.put(column.toLowerCase(Locale.ROOT), readable(value)));
        } else {
            table.columns().forEach(c -> fields.put(ResolvedTable.unquoted(c).toLowerCase(Locale.ROOT),
                    readable(row.get(ResolvedTable.unquoted(c)))));
        }
        Relationship state = relationshipOf(table, row, found);
        String key = String.valueOf(row.get(ResolvedTable.unquoted(table.key())));
        Long webshop = webshopOf(table, row, found);
        LocalDate recordDate = table.recordDateColumn() == null ? null : localDate(row.get(ResolvedTable.unquoted(table.recordDateColumn())));
        List<PersonalRecord> records = new ArrayList<>();
        for (var groupCategory : new java.util.LinkedHashSet<>(table.columnCategories().values())) {
            Map<String, Object> groupFields = new LinkedHashMap<>();
            for (String c : table.group(groupCategory)) {
                String field = ResolvedTable.unquoted(c).toLowerCase(Locale.ROOT);
                fields.remove(field);
                groupFields.put(field, readable(row.get(ResolvedTable.unquoted(c))));
            }
            records.add(new PersonalRecord(name, table.groupType(groupCategory), key, groupCategory, role, webshop, groupFields,
                    state.active(), state.endedOn(), recordDate));
        }
        records.add(0, new PersonalRecord(name, table.name(), key, table.category(), role, webshop, fields, state.active(),
                state.endedOn(), recordDate));
        return records;
    }

    /** The webshop a processor row is held for: its own column, or its parent's. */
    private Long webshopOf(ResolvedTable table, Map<String, Object> row, Map<String, List<Map<String, Object>>> found) {
        if (role != ProcessingRole.PROCESSOR) {
            return null;
        }
        if (table.webshopColumn() != null) {
            Object id = row.get(ResolvedTable.unquoted(table.webshopColumn()));
            return id instanceof Number n ? n.longValue() : null;
        }
        Map<String, Object> parent = parentRow(table, row, found);
        return parent == null ? null : webshopOf(tables.get(table.parentTable()), parent, found);
    }

    private Relationship relationshipOf(ResolvedTable table, Map<String, Object> row, Map<String, List<Map<String, Object>>> found) {
        if (relationship == null) {
            return new Relationship(false, null);
        }
        if (table.customerColumn() == null) {
            Map<String, Object> parent = parentRow(table, row, found);
            return parent == null ? new Relationship(false, null) : relationshipOf(tables.get(table.parentTable()), parent, found);
        }
        Object customer = row.get(ResolvedTable.unquoted(table.customerColumn()));
        if (customer == null) {
            return new Relationship(false, null);
        }
        String ended = relationship.endedColumn() == null ? "NULL" : relationship.endedColumn();
        return jdbc.query("SELECT " + relationship.statusColumn() + ", " + ended + " FROM " + relationship.table()
                        + " WHERE " + relationship.key() + " = ?",
                (rs, i) -> {
                    String status = rs.getString(1);
                    return new Relationship(relationship.activeValues().stream().anyMatch(v -> v.equalsIgnoreCase(status)),
                            localDate(rs.getObject(2)));
                },
                customer).stream().findFirst().orElse(new Relationship(false, null));
    }

    private Map<String, Object> parentRow(ResolvedTable table, Map<String, Object> row, Map<String, List<Map<String, Object>>> found) {
        if (table.parentTable() == null) {
            return null;
        }
        ResolvedTable parent = tables.get(table.parentTable());
        Object parentKey = row.get(ResolvedTable.unquoted(table.parentColumn()));
        return found.getOrDefault(parent.name(), List.of()).stream()
                .filter(p -> Objects.equals(String.valueOf(p.get(ResolvedTable.unquoted(parent.key()))), String.valueOf(parentKey)))
                .findFirst().orElse(null);
    }

    private Object keyValue(ResolvedTable table, String recordId) {
        // Bound as the database types the key: "0042" in a text key is not the number 42.
        return table.numericKey() ? new java.math.BigDecimal(recordId) : recordId;
    }

    private static String identityCondition(ResolvedTable table) {
        return table.identityColumns().stream()
                .map(c -> table.exactIdentityMatch() ? c + " = LOWER(?)" : "LOWER(" + c + ") = LOWER(?)")
                .collect(Collectors.joining(" OR "));
    }

    private static Object[] repeat(String value, int times) {
        return Collections.nCopies(times, value).toArray();
    }

    private static List<Map<String, Object>> distinctByKey(ResolvedTable table, List<Map<String, Object>> rows) {
        Map<Object, Map<String, Object>> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.putIfAbsent(String.valueOf(r.get(ResolvedTable.unquoted(table.key()))), r));
        return new ArrayList<>(byKey.values());
    }

    private static Object readable(Object value) {
        if (value instanceof Timestamp ts) {
            // A date-time without a zone is shown as stored, not shifted by this server's zone.
            return ts.toLocalDateTime().toString();
        }
        if (value instanceof Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant().toString();
        }
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return value.toString();
    }

    private static LocalDate localDate(Object value) {
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        if (value instanceof Timestamp ts) {
            return ts.toLocalDateTime().toLocalDate();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toLocalDate();
        }
        if (value instanceof LocalDate ld) {
            return ld;
        }
        return value == null ? null : LocalDate.parse(value.toString().substring(0, 10));
    }

    /** Where the customer relationship's state is read, with quoted names. */
    record RelationshipColumns(String table, String key, String statusColumn, List<String> activeValues, String endedColumn) {
    }

    private record Relationship(boolean active, LocalDate endedOn) {
    }

}
