package org.privacyrequests.connectors;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.privacyrequests.lookup.DataCategory;

/**
 * Reads one source's description into resolved tables: every table and column name is checked against the
 * database and quoted, and the rules between fields are checked (a parent before its children, nullify with its
 * columns). A description that cannot work fails with the file, the source and the field.
 */
final class TableResolver {

    private final SqlNames names;
    private final ConfigurationProblems problems;

    private TableResolver(SqlNames names, ConfigurationProblems problems) {
        this.names = names;
        this.problems = problems;
    }

    static Map<String, ResolvedTable> tables(ConnectorsSpec.Source source, DataSource database, ConfigurationProblems problems) {
        Map<String, ResolvedTable> tables = new LinkedHashMap<>();
        withNames(database, problems, (names, connection) -> {
            TableResolver resolver = new TableResolver(names, problems);
            for (ConnectorsSpec.Table t : source.tables()) {
                tables.put(t.table(), resolver.table(t, tables));
            }
        });
        if (tables.isEmpty()) {
            throw problems.error("tables", "a source needs at least one table");
        }
        return tables;
    }

    static RelationshipColumns relationship(ConnectorsSpec.Source source, DataSource database, ConfigurationProblems problems) {
        ConnectorsSpec.Relationship r = source.relationship();
        if (r == null) {
            return null;
        }
        RelationshipColumns[] resolved = new RelationshipColumns[1];
        withNames(database, problems, (names, connection) -> {
            TableResolver resolver = new TableResolver(names, problems);
            String stored = names.table(r.table());
            if (stored == null) {
                throw problems.error("relationship.table", "no table '" + r.table() + "' in the database");
            }
            RelationshipColumns.Webshops webshops = null;
            if (r.webshop() != null) {
                String webshopTable = names.table(r.webshop().table());
                if (webshopTable == null) {
                    throw problems.error("relationship.webshop.table", "no table '" + r.webshop().table() + "' in the database");
                }
                webshops = new RelationshipColumns.Webshops(names.quoted(webshopTable),
                        resolver.column(webshopTable, r.webshop().key(), "relationship.webshop.key"),
                        resolver.column(webshopTable, r.webshop().customerColumn(), "relationship.webshop.customer-column"));
            }
            resolved[0] = new RelationshipColumns(names.quoted(stored),
                    resolver.column(stored, r.key(), "relationship.key"),
                    resolver.running(r, stored, connection),
                    resolver.optionalColumn(stored, r.endedColumn(), "relationship.ended-column"), webshops);
        });
        return resolved[0];
    }

    private ResolvedTable table(ConnectorsSpec.Table t, Map<String, ResolvedTable> before) throws SQLException {
        String where = "tables." + t.table();
        String stored = names.table(t.table());
        if (stored == null) {
            throw problems.error(where, "no table '" + t.table() + "' in the database");
        }
        DataCategory category = t.linkOnly() ? null : t.category();
        if (!t.linkOnly() && category == null) {
            throw problems.error(where + ".category", "a table needs a category (one of privacy.connectors.categories), or link-only: true");
        }
        if (t.parent() != null && !before.containsKey(t.parent().table())) {
            throw problems.error(where + ".parent.table", "'" + t.parent().table() + "' must be configured before this table, in the same source");
        }
        if (t.identityColumns().isEmpty() && t.otherIdentities().isEmpty() && t.parent() == null) {
            throw problems.error(where, "a table is found by identity-columns or through a parent; this one has neither");
        }
        ErasureMode erase = t.erase();
        if (erase == ErasureMode.NULLIFY && t.nullifyColumns().isEmpty()) {
            throw problems.error(where + ".nullify-columns", "erase: nullify needs the columns to set to null");
        }
        Map<String, Masking> masking = new LinkedHashMap<>();
        for (var entry : t.anonymise().entrySet()) {
            masking.put(column(stored, entry.getKey(), where + ".anonymise"), entry.getValue());
        }
        Map<String, List<String>> otherIdentities = new LinkedHashMap<>();
        Set<String> numericColumns = new HashSet<>();
        for (var entry : t.otherIdentities().entrySet()) {
            List<String> identityColumns = columns(stored, entry.getValue(), where + ".other-identities." + entry.getKey());
            otherIdentities.put(entry.getKey(), identityColumns);
            for (String c : identityColumns) {
                if (names.numeric(stored, SqlNames.unquoted(c))) {
                    numericColumns.add(c);
                }
            }
        }
        Map<String, DataCategory> ownCategories = new LinkedHashMap<>();
        for (var entry : t.columnCategories().entrySet()) {
            String column = column(stored, entry.getKey(), where + ".column-categories");
            ownCategories.put(column, entry.getValue());
        }
        if (!ownCategories.isEmpty() && erase != ErasureMode.NULLIFY) {
            throw problems.error(where + ".erase", "a table with column-categories is erased by nullify: deleting the row "
                    + "would take columns the retention rules keep");
        }
        for (String c : t.nullifyColumns()) {
            if (ownCategories.containsKey(column(stored, c, where + ".nullify-columns"))) {
                throw problems.error(where + ".nullify-columns", "'" + c + "' has a category of its own (column-categories)");
            }
        }
        Map<String, String> correctable = new LinkedHashMap<>();
        for (var entry : t.correctable().entrySet()) {
            correctable.put(entry.getKey(), column(stored, entry.getValue(), where + ".correctable"));
        }
        String key = column(stored, t.key(), where + ".key");
        var identity = new ResolvedTable.IdentityColumns(columns(stored, t.identityColumns(), where + ".identity-columns"), t.identityMatch(),
                t.verifiesIdentity(), otherIdentities, numericColumns);
        String parentColumn = t.parent() == null ? null : column(stored, t.parent().column(), where + ".parent.column");
        String customerColumn = optionalColumn(stored, t.customerColumn(), where + ".customer-column");
        String recordDateColumn = optionalColumn(stored, t.recordDateColumn(), where + ".record-date-column");
        var links = new ResolvedTable.Links(t.parent() == null ? null : t.parent().table(), parentColumn,
                optionalColumn(stored, t.webshopColumn(), where + ".webshop-column"));
        var columns = new ResolvedTable.RecordColumns(columns(stored, t.columns(), where + ".columns"), ownCategories);
        var erasure = new ResolvedTable.Erasure(erase, columns(stored, t.nullifyColumns(), where + ".nullify-columns"), masking);
        return new ResolvedTable(t.table(), names.quoted(stored), new ResolvedTable.KeyColumn(key, names.numeric(stored, SqlNames.unquoted(key))),
                category, t.linkOnly(), identity, links, new ResolvedTable.RetentionDating(recordDateColumn, customerColumn), columns,
                erasure, correctable, onObjection(t, stored, where));
    }

    /**
     * When a relationship runs: by a status column and its active values, or by a condition on the relationship table
     * ({@code active-when}), exactly one of the two. The condition is SQL the company writes into its own configuration,
     * as trusted as its connection; still it must be one condition (no {@code ;}, no comments), and the database must
     * accept it on the table now, so that a mistake stops start-up rather than the first look-up.
     */
    private RelationshipColumns.Running running(ConnectorsSpec.Relationship r, String stored, Connection connection) throws SQLException {
        boolean byStatus = r.statusColumn() != null;
        boolean byCondition = r.activeWhen() != null && !r.activeWhen().isBlank();
        if (byStatus == byCondition) {
            throw problems.error("relationship", "say when a relationship runs by exactly one of status-column (with active-values) "
                    + "or active-when (a condition on table " + r.table() + ", such as \"cancelled_on IS NULL\")");
        }
        if (byCondition && r.activeValues() != null && !r.activeValues().isEmpty()) {
            throw problems.error("relationship.active-values", "belong to status-column; with active-when the condition alone says it");
        }
        if (byStatus) {
            String status = column(stored, r.statusColumn(), "relationship.status-column");
            List<String> active = r.activeValues() == null ? List.of() : r.activeValues();
            if (active.isEmpty()) {
                throw problems.error("relationship.active-values", "status-column needs the values that mean the relationship runs");
            }
            return new RelationshipColumns.Running("LOWER(" + status + ") IN (" + String.join(", ", java.util.Collections.nCopies(active.size(), "?")) + ")",
                    active.stream().<Object>map(v -> v.toLowerCase(java.util.Locale.ROOT)).toList());
        }
        String condition = r.activeWhen().strip();
        if (condition.contains(";") || condition.contains("--") || condition.contains("/*") || condition.contains("*/") || condition.contains("#")) {
            throw problems.error("relationship.active-when", "must be one condition on the table, without ';' or comments: " + condition);
        }
        try (var tried = connection.prepareStatement("SELECT 1 FROM " + names.quoted(stored) + " WHERE (" + condition + ") AND 1 = 0")) {
            tried.executeQuery().close();
        } catch (SQLException refused) {
            throw problems.error("relationship.active-when", "the database does not accept '" + condition + "' as a condition on table "
                    + r.table() + ": " + refused.getMessage());
        }
        return new RelationshipColumns.Running("(" + condition + ")", List.of());
    }

    /** {@code on-objection}: exactly one of delete, nullify and set, on columns the table has; only where rows are found by address. */
    private ObjectionAction onObjection(ConnectorsSpec.Table t, String stored, String where) throws SQLException {
        ConnectorsSpec.OnObjection on = t.onObjection();
        if (on == null) {
            return null;
        }
        where = where + ".on-objection";
        int chosen = (on.delete() ? 1 : 0) + (on.nullify().isEmpty() ? 0 : 1) + (on.set().isEmpty() ? 0 : 1);
        if (chosen != 1) {
            throw problems.error(where, "must be exactly one of delete, {nullify: [columns]} or {set: {column: value}}");
        }
        if (t.identityColumns().isEmpty()) {
            throw problems.error(where, "an objection finds the person's rows by their address: the table needs identity-columns");
        }
        if (on.delete()) {
            return new ObjectionAction.Delete();
        }
        if (!on.nullify().isEmpty()) {
            return new ObjectionAction.Nullify(columns(stored, on.nullify(), where + ".nullify"));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (var entry : on.set().entrySet()) {
            String column = column(stored, entry.getKey(), where + ".set");
            values.put(column, ObjectionAction.SetValues.bound(entry.getValue(), names.numeric(stored, SqlNames.unquoted(column))));
        }
        return new ObjectionAction.SetValues(values);
    }

    private String column(String table, String column, String where) throws SQLException {
        String stored = names.column(table, column);
        if (stored == null) {
            throw problems.error(where, "no column '" + column + "' in table " + table);
        }
        return names.quoted(stored);
    }

    private String optionalColumn(String table, String column, String where) throws SQLException {
        return column == null ? null : column(table, column, where);
    }

    private List<String> columns(String table, List<String> columns, String where) throws SQLException {
        List<String> resolved = new ArrayList<>();
        for (String c : columns) {
            resolved.add(column(table, c, where));
        }
        return resolved;
    }

    private static void withNames(DataSource database, ConfigurationProblems problems, NameWork work) {
        try (Connection connection = database.getConnection()) {
            work.run(new SqlNames(connection), connection);
        } catch (SQLException e) {
            throw new ConnectorCatalog.SourceUnavailable("Source '" + problems.source() + "' cannot be reached: " + e.getMessage(), e);
        }
    }

    private interface NameWork {
        void run(SqlNames names, Connection connection) throws SQLException;
    }
}
