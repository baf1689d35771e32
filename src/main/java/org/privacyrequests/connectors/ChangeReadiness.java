package org.privacyrequests.connectors;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Whether what the connector configuration says an erasure, an anonymisation, a retention sweep, a correction or an
 * objection does to a table can work on the database as it is, asked of the database's own metadata at start-up: a
 * column that is emptied takes NULL, a hashed or replaced column is text long enough for what is written, a correctable
 * column is text long enough for what the correction form lets support enter, and the connecting user may read, change
 * and delete what those steps read, change and delete. Otherwise the step fails only after a manager approved it.
 * Every problem is found, not only the first: the configuration is fixed in one go.
 */
final class ChangeReadiness {

    private final CorrectionFormLimits form;

    ChangeReadiness(CorrectionFormLimits form) {
        this.form = form;
    }

    /** @return the problems of one source, each naming the file, the source, the field, the table and the column */
    List<String> check(ConnectorsSpec.Source spec, ConfigurationProblems where, Map<String, ResolvedTable> tables, RelationshipColumns relationship,
                       DataSource database) {
        try (Connection connection = database.getConnection()) {
            Source source = new Source(where, new SqlNames(connection), GrantedPrivileges.of(connection));
            for (ConnectorsSpec.Table table : spec.tables()) {
                source.check(tables.get(table.table()), table);
            }
            if (relationship != null) {
                source.mayRead(SqlNames.unquoted(relationship.table()), "relationship.table", "the customer relationship's state is read from it");
                if (relationship.webshops() != null) {
                    source.mayRead(SqlNames.unquoted(relationship.webshops().table()), "relationship.webshop.table",
                            "it leads from an order to the webshop's customer");
                }
            }
            return source.problems;
        } catch (SQLException e) {
            throw new ConnectorCatalog.SourceUnavailable("Source '" + where.source() + "' cannot be checked: " + e.getMessage(), e);
        }
    }

    /** The check of one source, on one connection. */
    private final class Source {

        private final ConfigurationProblems where;
        private final SqlNames names;
        private final GrantedPrivileges privileges;
        private final List<String> problems = new ArrayList<>();
        private final Set<String> askedGrants = new HashSet<>();

        Source(ConfigurationProblems where, SqlNames names, GrantedPrivileges privileges) {
            this.where = where;
            this.names = names;
            this.privileges = privileges;
        }

        void check(ResolvedTable table, ConnectorsSpec.Table spec) {
            String stored = SqlNames.unquoted(table.sqlName());
            String field = "tables." + table.name();
            Map<String, ColumnShape> shapes = shapes(stored, spec);
            mayRead(stored, field, "every look-up reads it");
            if (table.linkOnly()) {
                return;
            }
            ResolvedTable.Erasure erasure = table.erasure();
            if (erasure.deletes()) {
                mayDelete(stored, field + ".erase", "erase: delete removes its rows");
            } else {
                for (String column : erasure.nullifyColumns()) {
                    ColumnShape shape = shapes.get(SqlNames.unquoted(column));
                    takesNull(shape, field + ".nullify-columns", "erase: nullify clears it", "or take it out of nullify-columns");
                    mayUpdate(shape, field + ".nullify-columns", "erase: nullify clears it");
                }
            }
            for (String column : table.columns().ownCategories().keySet()) {
                ColumnShape shape = shapes.get(SqlNames.unquoted(column));
                takesNull(shape, field + ".column-categories", "erasing its category clears it", "or leave it out of column-categories");
                mayUpdate(shape, field + ".column-categories", "erasing its category clears it");
            }
            erasure.masking().forEach((column, masking) -> masked(shapes.get(SqlNames.unquoted(column)), masking, field + ".anonymise"));
            table.correctable().forEach((code, column) -> correctable(shapes.get(SqlNames.unquoted(column)), code,
                    field + ".correctable." + code));
            objection(table, shapes, field + ".on-objection");
        }

        private void masked(ColumnShape shape, Masking masking, String field) {
            field = field + "." + shape.spelledColumn();
            if (masking instanceof Masking.Nullify) {
                takesNull(shape, field, "anonymise: null clears it", "or anonymise it with hash or placeholder:<text>");
            } else if (masking instanceof Masking.Hash) {
                if (!shape.takes(Anonymiser.LENGTH)) {
                    problem(field, "column " + shape.name() + " is " + shape.type() + ", but anonymise: hash writes a text of " + Anonymiser.LENGTH
                            + " characters (" + Anonymiser.PREFIX + " and " + Anonymiser.DIGITS + " hexadecimal digits): "
                            + (shape.holdsText() ? "widen the column to at least " + Anonymiser.LENGTH + " characters" : "use a text column")
                            + ", or anonymise it with null");
                }
            } else if (masking instanceof Masking.Placeholder placeholder && !shape.takes(placeholder.text().length())) {
                problem(field, "column " + shape.name() + " is " + shape.type() + ", but anonymise: placeholder:" + placeholder.text()
                        + " writes a text of " + placeholder.text().length() + " characters: "
                        + (shape.holdsText() ? "widen the column, or use a shorter placeholder" : "anonymise it with null instead"));
            }
            mayUpdate(shape, field, "anonymise rewrites it");
        }

        private void correctable(ColumnShape shape, String code, String field) {
            Integer longest = form.maxLengths().get(code);
            if (longest == null) {
                problem(field, "'" + code + "' is no field of the correction form (" + form.form() + " has " + String.join(", ",
                        form.maxLengths().keySet()) + "), so nothing would ever be corrected in column " + shape.name()
                        + ": use one of those fields");
            } else if (!shape.takes(longest)) {
                String formKey = CorrectionFormLimits.formKey(code);
                problem(field, "column " + shape.name() + " is " + shape.type() + ", but a correction of " + code + " writes up to " + longest
                        + " characters (the most " + form.form() + " lets support enter in " + formKey + "): "
                        + (shape.holdsText() ? "widen the column to at least " + longest + " characters, or lower maxLength of " + formKey
                        + " in the form" : "map " + code + " to a text column, or leave it out of correctable"));
            }
            mayUpdate(shape, field, "a correction of " + code + " writes it");
        }

        private void objection(ResolvedTable table, Map<String, ColumnShape> shapes, String field) {
            ObjectionAction action = table.onObjection();
            if (action instanceof ObjectionAction.Delete) {
                mayDelete(SqlNames.unquoted(table.sqlName()), field, "on-objection: delete removes the person's rows");
            } else if (action instanceof ObjectionAction.Nullify nullify) {
                for (String column : nullify.columns()) {
                    ColumnShape shape = shapes.get(SqlNames.unquoted(column));
                    takesNull(shape, field + ".nullify", "on-objection: nullify clears it", "or use on-objection: { set: ... }");
                    mayUpdate(shape, field + ".nullify", "on-objection clears it");
                }
            } else if (action instanceof ObjectionAction.SetValues set) {
                set.values().keySet().forEach(column -> mayUpdate(shapes.get(SqlNames.unquoted(column)), field + ".set", "on-objection sets it"));
            }
        }

        private void takesNull(ColumnShape shape, String field, String why, String otherwise) {
            if (shape.notNull()) {
                problem(field, "column " + shape.name() + " is NOT NULL, but " + why + ": allow NULL in the column, " + otherwise);
            }
        }

        void mayRead(String table, String field, String why) {
            onTable("SELECT", "SELECT from table " + table, table, field, why);
        }

        private void mayDelete(String table, String field, String why) {
            onTable("DELETE", "DELETE from table " + table, table, field, why);
        }

        private void onTable(String privilege, String what, String table, String field, String why) {
            if (!askedGrants.add(privilege + " " + table)) {
                return;
            }
            try {
                if (!privileges.onTable(privilege, table)) {
                    problem(field, "the user " + privileges.user() + " may not " + what + " (" + why + "): GRANT " + privilege + " ON " + table + " TO "
                            + privileges.user());
                }
            } catch (SQLException e) {
                problem(field, "the database did not say whether " + privileges.user() + " may " + privilege + " on " + table + ": " + e.getMessage());
            }
        }

        private void mayUpdate(ColumnShape shape, String field, String why) {
            if (!askedGrants.add("UPDATE " + shape.name())) {
                return;
            }
            try {
                if (!privileges.onColumn("UPDATE", shape.storedTable(), shape.storedColumn())) {
                    problem(field, "the user " + privileges.user() + " may not UPDATE column " + shape.name() + " (" + why + "): GRANT UPDATE ("
                            + shape.storedColumn() + ") ON " + shape.storedTable() + " TO " + privileges.user());
                }
            } catch (SQLException e) {
                problem(field, "the database did not say whether " + privileges.user() + " may update " + shape.name() + ": " + e.getMessage());
            }
        }

        /** The table's columns, named as the configuration spells them (the database may store CUSTOMER for customer). */
        private Map<String, ColumnShape> shapes(String table, ConnectorsSpec.Table spec) {
            List<String> spelled = new ArrayList<>(spec.columns());
            spelled.addAll(spec.nullifyColumns());
            spelled.addAll(spec.anonymise().keySet());
            spelled.addAll(spec.correctable().values());
            spelled.addAll(spec.columnCategories().keySet());
            if (spec.onObjection() != null) {
                spelled.addAll(spec.onObjection().nullify());
                spelled.addAll(spec.onObjection().set().keySet());
            }
            try {
                Map<String, ColumnShape> shapes = new java.util.LinkedHashMap<>();
                names.shapes(table).forEach((stored, shape) -> shapes.put(stored, shape.spelled(spec.table(),
                        spelled.stream().filter(stored::equalsIgnoreCase).findFirst().orElse(stored))));
                return shapes;
            } catch (SQLException e) {
                throw new ConnectorCatalog.SourceUnavailable("Source '" + where.source() + "' cannot be checked: " + e.getMessage(), e);
            }
        }

        private void problem(String field, String problem) {
            problems.add(where.error(field, problem).getMessage());
        }
    }

    /** All problems of all sources in one error: the file, then one line per problem. */
    static ConnectorConfigurationError error(String file, List<String> problems) {
        return new ConnectorConfigurationError("Connector configuration " + file + " describes " + (problems.size() == 1 ? "a change" : problems.size()
                + " changes") + " the databases cannot carry out (erasure, anonymisation, retention sweep, correction or objection); "
                + "fix " + (problems.size() == 1 ? "it" : "them all") + " before starting:\n  - " + String.join("\n  - ", problems));
    }
}
