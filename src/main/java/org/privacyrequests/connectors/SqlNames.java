package org.privacyrequests.connectors;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Table and column names from configuration, checked against the database and quoted: only plain names are
 * accepted, each must exist, and it is used in the case the database stores it. Values never go into SQL
 * text; they are always bound parameters.
 */
final class SqlNames {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private final DatabaseMetaData metadata;
    private final String catalog;
    private final String schema;
    private final String quote;

    SqlNames(Connection connection) throws SQLException {
        this.metadata = connection.getMetaData();
        this.catalog = connection.getCatalog();
        this.schema = connection.getSchema();
        String q = metadata.getIdentifierQuoteString();
        this.quote = q == null || q.isBlank() ? "\"" : q.trim();
    }

    static boolean plain(String name) {
        return name != null && PLAIN.matcher(name).matches();
    }

    /** The table's name as the database stores it, or null when there is no such table. */
    String table(String name) throws SQLException {
        for (String candidate : candidates(name)) {
            try (ResultSet rs = metadata.getTables(catalog, schema, candidate, new String[] {"TABLE", "BASE TABLE", "VIEW"})) {
                if (rs.next()) {
                    return rs.getString("TABLE_NAME");
                }
            }
        }
        return null;
    }

    /** The column's name as the database stores it, or null when the table has no such column. */
    String column(String table, String name) throws SQLException {
        for (String candidate : candidates(name)) {
            try (ResultSet rs = metadata.getColumns(catalog, schema, table, candidate)) {
                if (rs.next()) {
                    return rs.getString("COLUMN_NAME");
                }
            }
        }
        return null;
    }

    String quoted(String storedName) {
        return quote + storedName + quote;
    }

    private static List<String> candidates(String name) {
        List<String> names = new ArrayList<>();
        if (plain(name)) {
            names.add(name);
            names.add(name.toUpperCase(Locale.ROOT));
            names.add(name.toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
