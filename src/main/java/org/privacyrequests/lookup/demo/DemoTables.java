package org.privacyrequests.lookup.demo;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reads a demo table row into the field map of a personal record. */
final class DemoTables {

    private DemoTables() {
    }

    static Map<String, Object> fields(ResultSet rs, String... skip) throws SQLException {
        Map<String, Object> fields = new LinkedHashMap<>();
        ResultSetMetaData meta = rs.getMetaData();
        outer:
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String column = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
            for (String s : skip) {
                if (s.equals(column)) {
                    continue outer;
                }
            }
            Object value = rs.getObject(i);
            if (value instanceof Timestamp ts) {
                value = ts.toInstant().toString();
            } else if (value instanceof Date d) {
                value = d.toLocalDate().toString();
            } else if (value instanceof java.time.OffsetDateTime odt) {
                value = odt.toInstant().toString();
            } else if (value != null && !(value instanceof Number) && !(value instanceof Boolean)) {
                value = value.toString();
            }
            fields.put(column, value);
        }
        return fields;
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
