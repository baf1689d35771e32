package org.privacyrequests.connectors;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.privacyrequests.lookup.PersonalDataSource.AgedTable;
import org.privacyrequests.lookup.PersonalDataSource.DoneBatch;
import org.privacyrequests.lookup.PersonalDataSource.DueCount;
import org.privacyrequests.lookup.PersonalDataSource.ErasureAction;
import org.privacyrequests.lookup.PersonalDataSource.RetentionCut;
import org.privacyrequests.lookup.ProcessingRole;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The retention sweep's statements on one source: which tables can be dated, how many rows a cut makes due
 * (rows already erased or anonymised are not due again), and carrying the cut out on a batch of them. A table
 * without a date of its own whose rows belong to a parent's (order lines to an order) is dated as its parent.
 */
final class RetentionStatements {

    private final String source;
    private final ProcessingRole role;
    private final JdbcTemplate jdbc;
    private final SourceTables tables;
    private final RelationshipState relationship;
    private final ErasureStatements erasure;

    RetentionStatements(String source, ProcessingRole role, JdbcTemplate jdbc, SourceTables tables, RelationshipState relationship,
                        ErasureStatements erasure) {
        this.source = source;
        this.role = role;
        this.jdbc = jdbc;
        this.tables = tables;
        this.relationship = relationship;
        this.erasure = erasure;
    }

    List<AgedTable> agedTables() {
        List<AgedTable> aged = new ArrayList<>(tables.all().stream().filter(t -> !t.linkOnly())
                .map(t -> new AgedTable(t.name(), t.category(), role, datable(t, RECORD_DATE), datable(t, RELATIONSHIP_END)))
                .toList());
        // Rows that belong to others first (configured after their parent): no row is deleted while others point to it.
        Collections.reverse(aged);
        return aged;
    }

    private static final String RECORD_DATE = "recordDate";
    private static final String RELATIONSHIP_END = "relationshipEnd";

    /** Whether a table's rows can be dated from this start: by a column of their own, or through their parent row. */
    private boolean datable(ResolvedTable table, String countedFrom) {
        if (RECORD_DATE.equals(countedFrom) ? table.dating().recordDateColumn() != null
                : relationship.ends() && relationship.columnOf(table) != null) {
            return true;
        }
        return table.links().parentTable() != null && datable(tables.parentOf(table), countedFrom);
    }

    DueCount countDue(String tableName, RetentionCut cut, Set<String> protectedKeys) {
        ResolvedTable table = tables.named(tableName, tableName);
        DueRows due = dueRows(table, cut);
        Long all = jdbc.queryForObject("SELECT COUNT(*) FROM " + table.sqlName() + " WHERE " + due.condition(), Long.class, due.values());
        long protectedRows = 0;
        List<Object> keys = protectedKeys.stream().map(k -> table.key().bound(k)).toList();
        for (int from = 0; from < keys.size(); from += PersonLookup.IN_CHUNK) {
            List<Object> chunk = keys.subList(from, Math.min(keys.size(), from + PersonLookup.IN_CHUNK));
            List<Object> values = new ArrayList<>(List.of(due.values()));
            values.addAll(chunk);
            Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table.sqlName() + " WHERE " + due.condition() + " AND "
                    + table.key().column() + " IN (" + marks(chunk.size()) + ")", Long.class, values.toArray());
            protectedRows += n == null ? 0 : n;
        }
        return new DueCount(all == null ? 0 : all, protectedRows);
    }

    /**
     * Carries out the cut on at most {@code limit} due rows that are not protected, those with keys after
     * {@code after} (null: from the first), in key order; the caller runs it in the source's transaction. The next
     * batch starts after the last key this one looked at, so a sweep reads each row once however many rows it
     * has already changed or skipped. A batch is one statement on a key range, which the database reads in one walk
     * of its key index (a list of thousands of bound keys it would look up one by one): up to the limit-th due key,
     * or, where the table has protected rows, up to the key where the batch is full, less the protected ones in it.
     */
    DoneBatch applyDue(String tableName, RetentionCut cut, Set<String> protectedKeys, int limit, Object after) {
        ResolvedTable table = tables.named(tableName, tableName);
        DueRows due = dueRows(table, cut);
        String key = table.key().column();
        KeyRange range = new KeyRange(due.condition(), List.of(due.values()));
        if (after != null) {
            range = range.and(key + " > ?", List.of(after));
        }
        String dueInOrder = "SELECT " + key + " FROM " + table.sqlName() + " WHERE " + range.condition() + " ORDER BY " + key;
        if (protectedKeys.isEmpty()) {
            // Only the last key is needed: the database finds it without sending the ones before it.
            List<Object> end = jdbc.queryForList(dueInOrder + " LIMIT 1 OFFSET " + (limit - 1), Object.class, range.values().toArray());
            if (end.isEmpty()) {
                // Fewer than the limit are left: the range is open and this batch is the last.
                return new DoneBatch(carryOut(table, cut, range, limit), null);
            }
            range = range.and(key + " <= ?", List.of(end.get(0)));
            return new DoneBatch(carryOut(table, cut, range, limit), end.get(0));
        }
        // Protected rows are left out here rather than in SQL: a person can have more keys than a statement takes.
        List<Object> found = jdbc.queryForList(dueInOrder + " LIMIT " + (limit + protectedKeys.size()), Object.class, range.values().toArray());
        int toChange = 0;
        List<Object> skipped = new ArrayList<>();
        Object last = null;
        for (Object k : found) {
            boolean isProtected = protectedKeys.contains(String.valueOf(k));
            // The batch ends early rather than leave out more keys than one statement takes.
            if (toChange == limit || isProtected && skipped.size() == PersonLookup.IN_CHUNK) {
                break;
            }
            last = k;
            if (isProtected) {
                skipped.add(k);
            } else {
                toChange++;
            }
        }
        if (toChange == 0) {
            return new DoneBatch(0, last);
        }
        range = range.and(key + " <= ?", List.of(last));
        if (!skipped.isEmpty()) {
            range = range.and(key + " NOT IN (" + marks(skipped.size()) + ")", skipped);
        }
        return new DoneBatch(carryOut(table, cut, range, toChange), last);
    }

    /**
     * Erases or anonymises the due rows of the range. More than {@code atMost} (the due rows the range held when it
     * was read; for the last, open range, the limit) means due rows were added inside it since (keys that do not
     * only grow): the line would change more than its plan said, so the batch is refused and rolled back, and the
     * retry reads the range again.
     */
    private int carryOut(ResolvedTable table, RetentionCut cut, KeyRange range, int atMost) {
        KeyRange rows = selfReferenceRefused() ? range.asDerivedTable(table) : range;
        int changed = cut.action() == ErasureAction.ERASE ? erasure.eraseAll(table, rows.condition(), rows.values())
                : erasure.anonymiseOrEraseAll(table, rows.condition(), rows.values());
        if (changed > atMost) {
            throw new IllegalStateException("Retention sweep on " + source + ", table " + table.name() + ": " + changed
                    + " due rows in the batch's key range, at most " + atMost + " a moment before; the batch is rolled back");
        }
        return changed;
    }

    /** A batch's rows: the due condition narrowed to a key range, with its bound values. */
    private record KeyRange(String condition, List<Object> values) {

        KeyRange and(String narrower, List<?> narrowerValues) {
            List<Object> all = new ArrayList<>(values);
            all.addAll(narrowerValues);
            return new KeyRange(condition + " AND " + narrower, all);
        }

        /** The same rows named through a derived table of their keys, which MySQL takes where the condition reads the table changed. */
        KeyRange asDerivedTable(ResolvedTable table) {
            String key = table.key().column();
            return new KeyRange(key + " IN (SELECT due_key FROM (SELECT " + key + " AS due_key FROM " + table.sqlName() + " WHERE "
                    + condition + ") due_rows)", values);
        }
    }

    private Boolean selfReferenceRefused;

    /**
     * Whether the database refuses a change whose condition reads the table it changes (a relationship that ends on
     * the table itself: {@code UPDATE customer ... WHERE id IN (SELECT id FROM customer ...)}): MySQL does (error
     * 1093), and MariaDB before 10.3.2; PostgreSQL and H2 take it.
     */
    private boolean selfReferenceRefused() {
        if (selfReferenceRefused == null) {
            String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
            selfReferenceRefused = product != null && java.util.regex.Pattern.compile("mysql|mariadb", java.util.regex.Pattern.CASE_INSENSITIVE)
                    .matcher(product).find();
        }
        return selfReferenceRefused;
    }

    /** The SQL condition (and its values) of the rows a cut selects that still hold what it would remove. */
    private DueRows dueRows(ResolvedTable table, RetentionCut cut) {
        List<Object> values = new ArrayList<>();
        String age = age(table, cut, values);
        String personal;
        if (cut.action() == ErasureAction.ANONYMISE && table.erasure().anonymises()) {
            List<String> parts = new ArrayList<>();
            table.erasure().masking().forEach((column, masking) -> parts.add(masking.stillPersonal(column, values)));
            personal = "(" + String.join(" OR ", parts) + ")";
        } else if (!table.erasure().deletes()) {
            personal = "(" + table.erasure().nullifyColumns().stream().map(c -> c + " IS NOT NULL").collect(Collectors.joining(" OR ")) + ")";
        } else {
            personal = "1 = 1";
        }
        return new DueRows(age + " AND " + personal, values.toArray());
    }

    /** The SQL condition of rows older than the cut: by their own date or relationship, or by their parent row's. */
    private String age(ResolvedTable table, RetentionCut cut, List<Object> values) {
        ResolvedTable.RetentionDating dating = table.dating();
        String relationshipColumn = relationship.columnOf(table);
        if (RECORD_DATE.equals(cut.countedFrom()) && dating.recordDateColumn() != null) {
            values.add(Date.valueOf(cut.cutoff()));
            return dating.recordDateColumn() + " < ?";
        } else if (RELATIONSHIP_END.equals(cut.countedFrom()) && relationshipColumn != null && relationship.ends()) {
            return relationship.endedBefore(relationshipColumn, cut.cutoff(), values);
        } else if (table.links().parentTable() != null) {
            ResolvedTable parent = tables.parentOf(table);
            return table.links().parentColumn() + " IN (SELECT " + parent.key().column() + " FROM " + parent.sqlName()
                    + " WHERE " + age(parent, cut, values) + ")";
        }
        throw new IllegalStateException("Table " + table.name() + " of " + source + " has no " + cut.countedFrom() + " to count from");
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private record DueRows(String condition, Object[] values) {
    }
}
