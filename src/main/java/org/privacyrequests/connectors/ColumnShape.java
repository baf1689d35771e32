package org.privacyrequests.connectors;

import java.sql.Types;
import java.util.Set;

/**
 * What the database says about one column, in its own metadata: its type, its size and whether it takes NULL.
 * Enough to tell before any request whether emptying, hashing or correcting the column can work.
 *
 * @param size the maximum number of characters of a character column (very large for TEXT and CLOB)
 */
record ColumnShape(String table, String column, int sqlType, String typeName, int size, boolean notNull) {

    private static final Set<Integer> CHARACTERS = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR,
            Types.NVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB);

    /** Whether the column holds text, so a hash, a placeholder or a corrected text can be written into it. */
    boolean holdsText() {
        return CHARACTERS.contains(sqlType);
    }

    /** Whether a text of this many characters fits. */
    boolean takes(int characters) {
        return holdsText() && size >= characters;
    }

    /** "customer.email". */
    String name() {
        return table + "." + column;
    }

    /** The type as a reader of the schema knows it: "VARCHAR(20)", "INTEGER". */
    String type() {
        String type = typeName.toUpperCase(java.util.Locale.ROOT);
        return holdsText() && size > 0 && size < 1_000_000 && !type.contains("(") ? type + "(" + size + ")" : type;
    }
}
