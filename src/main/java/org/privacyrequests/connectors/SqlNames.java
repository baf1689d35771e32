package org.privacyrequests.connectors;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** The table's name as the database stores it (matched regardless of case), or null when there is no such table. */
    String table(String name) throws SQLException {
        if (!plain(name)) {
            return null;
        }
        try (ResultSet rs = metadata.getTables(catalog, schema, "%", new String[] {"TABLE", "BASE TABLE", "VIEW"})) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(name)) {
                    return rs.getString("TABLE_NAME");
                }
            }
        }
        return null;
    }

    /** The column's name as the database stores it (matched regardless of case), or null when the table has no such column. */
    String column(String table, String name) throws SQLException {
        return plain(name) ? columnInfo(table, name, "COLUMN_NAME") : null;
    }

    /** Whether the column holds numbers, so that keys read from text are bound as the database types them. */
    boolean numeric(String table, String storedColumn) throws SQLException {
        String type = columnInfo(table, storedColumn, "DATA_TYPE");
        if (type == null) {
            return false;
        }
        int sqlType = Integer.parseInt(type);
        return sqlType == java.sql.Types.INTEGER || sqlType == java.sql.Types.BIGINT || sqlType == java.sql.Types.SMALLINT
                || sqlType == java.sql.Types.TINYINT || sqlType == java.sql.Types.NUMERIC || sqlType == java.sql.Types.DECIMAL;
    }

    /** What the database says about each column of a table (by its stored name): type, size and whether it takes NULL. */
    java.util.Map<String, ColumnShape> shapes(String table) throws SQLException {
        java.util.Map<String, ColumnShape> shapes = new java.util.LinkedHashMap<>();
        try (ResultSet rs = metadata.getColumns(catalog, schema, escaped(table), "%")) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME");
                shapes.put(column, new ColumnShape(table, column, rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"),
                        rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls));
            }
        }
        return shapes;
    }

    private String columnInfo(String table, String name, String field) throws SQLException {
        try (ResultSet rs = metadata.getColumns(catalog, schema, escaped(table), "%")) {
            while (rs.next()) {
                if (rs.getString("COLUMN_NAME").equalsIgnoreCase(name)) {
                    return rs.getString(field);
                }
            }
        }
        return null;
    }

    /** A name as a metadata search pattern: '_' and '%' match only themselves. */
    private String escaped(String name) throws SQLException {
        String escape = metadata.getSearchStringEscape();
        return escape == null || escape.isEmpty() ? name : name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    String quoted(String storedName) {
        return quote + storedName + quote;
    }

    /** The stored name of a quoted one, for reading values from a row. */
    static String unquoted(String quoted) {
        return quoted.substring(1, quoted.length() - 1);
    }

}
