package org.privacyrequests.connectors;

import java.sql.Types;
import java.util.Locale;
import java.util.Set;

/**
 * What the database says about one column, in its own metadata: its type, its size and whether it takes NULL.
 * Enough to tell before any request whether emptying, hashing or correcting the column can work.
 *
 * @param storedTable   the names as the database stores them, for asking it and for a GRANT statement
 * @param spelledTable  the names as the connector configuration spells them, for the messages
 * @param size          the maximum number of characters of a character column (very large for TEXT and CLOB)
 */
record ColumnShape(String storedTable, String storedColumn, String spelledTable, String spelledColumn, int sqlType, String typeName,
                   int size, boolean notNull) {

    private static final Set<Integer> CHARACTERS = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR,
            Types.NVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB);

    ColumnShape(String storedTable, String storedColumn, int sqlType, String typeName, int size, boolean notNull) {
        this(storedTable, storedColumn, storedTable, storedColumn, sqlType, typeName, size, notNull);
    }

    /** The same column, named as the configuration spells it. */
    ColumnShape spelled(String table, String column) {
        return new ColumnShape(storedTable, storedColumn, table, column, sqlType, typeName, size, notNull);
    }

    /** Whether the column holds text, so a hash, a placeholder or a corrected text can be written into it. */
    boolean holdsText() {
        return CHARACTERS.contains(sqlType);
    }

    /** Whether a text of this many characters fits. */
    boolean takes(int characters) {
        return holdsText() && size >= characters;
    }

    /** "customer.email", as the configuration spells it. */
    String name() {
        return spelledTable + "." + spelledColumn;
    }

    /** The type as the database names it: "VARCHAR(20)", "CHARACTER VARYING(20)", "INTEGER". */
    String type() {
        String type = typeName.toUpperCase(Locale.ROOT);
        return holdsText() && size > 0 && size < 1_000_000 && !type.contains("(") ? type + "(" + size + ")" : type;
    }
}
