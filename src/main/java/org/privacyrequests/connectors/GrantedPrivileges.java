package org.privacyrequests.connectors;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What the user a source connects as may do to its tables (SELECT, UPDATE, DELETE), as the database itself reports it:
 * asked before any request, so that an erasure a manager approved does not fail on a missing grant. Databases that do
 * not report privileges are not asked (see {@link NotReported}).
 */
sealed interface GrantedPrivileges permits GrantedPrivileges.PostgreSql, GrantedPrivileges.MariaDb, GrantedPrivileges.NotReported {

    static GrantedPrivileges of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgresql")) {
            return new PostgreSql(connection, connection.getSchema());
        }
        if (product.contains("mariadb") || product.contains("mysql")) {
            return MariaDb.of(connection);
        }
        return new NotReported(connection.getMetaData().getDatabaseProductName());
    }

    /** Whether the database reported the privileges; when not, every question answers yes. */
    boolean reported();

    /** The user as a GRANT statement names it. */
    String user();

    /** Whether the user holds the privilege on the whole table. */
    boolean onTable(String privilege, String table) throws SQLException;

    /** Whether the user holds the privilege on the column, on its own or through the whole table. */
    boolean onColumn(String privilege, String table, String column) throws SQLException;

    /**
     * PostgreSQL answers with has_table_privilege and has_column_privilege rather than information_schema's grant lists:
     * they count what the user holds through its roles, through PUBLIC and as a superuser or owner too, which the
     * grant lists do not show.
     */
    record PostgreSql(Connection connection, String schema) implements GrantedPrivileges {

        @Override
        public boolean reported() {
            return true;
        }

        @Override
        public String user() {
            try (PreparedStatement s = connection.prepareStatement("SELECT current_user"); ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            } catch (SQLException e) {
                return "the connecting user";
            }
        }

        @Override
        public boolean onTable(String privilege, String table) throws SQLException {
            return ask("SELECT has_table_privilege(format('%I.%I', ?, ?), ?)", schema, table, privilege);
        }

        @Override
        public boolean onColumn(String privilege, String table, String column) throws SQLException {
            return ask("SELECT has_column_privilege(format('%I.%I', ?, ?), ?, ?)", schema, table, column, privilege);
        }

        private boolean ask(String sql, String... values) throws SQLException {
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    s.setString(i + 1, values[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        }
    }

    /**
     * MariaDB and MySQL list grants in information_schema at four levels: the whole server (USER_PRIVILEGES), a database
     * (SCHEMA_PRIVILEGES, whose name may be a pattern such as shop\_%), a table and a column. A grant counts when it is
     * to the connecting user (as user@host) or to a role the session has enabled.
     */
    record MariaDb(Connection connection, String database, String user, List<String> grantees) implements GrantedPrivileges {

        static MariaDb of(Connection connection) throws SQLException {
            List<String> grantees = new ArrayList<>();
            String user;
            try (PreparedStatement s = connection.prepareStatement("SELECT CURRENT_USER()"); ResultSet rs = s.executeQuery()) {
                rs.next();
                String current = rs.getString(1);
                int at = current.lastIndexOf('@');
                user = "'" + current.substring(0, at) + "'@'" + current.substring(at + 1) + "'";
                grantees.add(user);
            }
            try (PreparedStatement s = connection.prepareStatement("SELECT ROLE_NAME FROM information_schema.ENABLED_ROLES WHERE ROLE_NAME IS NOT NULL");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    // Grants to a role name it with an empty host in some versions and without a host in others.
                    grantees.add("'" + rs.getString(1) + "'");
                    grantees.add("'" + rs.getString(1) + "'@''");
                }
            } catch (SQLException noRoles) {
                // MySQL before 8.0.19 has no ENABLED_ROLES: then only the user's own grants count.
            }
            return new MariaDb(connection, connection.getCatalog(), user, List.copyOf(grantees));
        }

        @Override
        public boolean reported() {
            return true;
        }

        @Override
        public boolean onTable(String privilege, String table) throws SQLException {
            String grantee = "GRANTEE IN (" + String.join(", ", Collections.nCopies(grantees.size(), "?")) + ")";
            List<Object> values = new ArrayList<>();
            values.addAll(grantees);
            values.add(privilege);
            values.addAll(grantees);
            values.add(privilege);
            values.add(database);
            values.addAll(grantees);
            values.add(privilege);
            values.add(database);
            values.add(table);
            return ask("SELECT 1 FROM information_schema.USER_PRIVILEGES WHERE " + grantee + " AND PRIVILEGE_TYPE = ?"
                    + " UNION ALL SELECT 1 FROM information_schema.SCHEMA_PRIVILEGES WHERE " + grantee
                    + " AND PRIVILEGE_TYPE = ? AND ? LIKE TABLE_SCHEMA"
                    + " UNION ALL SELECT 1 FROM information_schema.TABLE_PRIVILEGES WHERE " + grantee
                    + " AND PRIVILEGE_TYPE = ? AND TABLE_SCHEMA = ? AND TABLE_NAME = ?", values);
        }

        @Override
        public boolean onColumn(String privilege, String table, String column) throws SQLException {
            if (onTable(privilege, table)) {
                return true;
            }
            List<Object> values = new ArrayList<>(grantees);
            values.addAll(List.of(privilege, database, table, column));
            return ask("SELECT 1 FROM information_schema.COLUMN_PRIVILEGES WHERE GRANTEE IN ("
                    + String.join(", ", Collections.nCopies(grantees.size(), "?")) + ") AND PRIVILEGE_TYPE = ? AND TABLE_SCHEMA = ?"
                    + " AND TABLE_NAME = ? AND COLUMN_NAME = ?", values);
        }

        private boolean ask(String sql, List<Object> values) throws SQLException {
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.size(); i++) {
                    s.setObject(i + 1, values.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        }
    }

    /**
     * A database that does not report privileges in a form we read. H2 is the one the product ships with: there it is
     * the application's own database (or a file the company set up itself), and the application's user, which created
     * the tables, may do everything to them; H2 lists only grants to other users, so asking would report nothing.
     * Such a source is checked for its columns only.
     */
    record NotReported(String product) implements GrantedPrivileges {

        @Override
        public boolean reported() {
            return false;
        }

        @Override
        public String user() {
            return "the connecting user";
        }

        @Override
        public boolean onTable(String privilege, String table) {
            return true;
        }

        @Override
        public boolean onColumn(String privilege, String table, String column) {
            return true;
        }
    }
}
