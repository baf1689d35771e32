package org.privacyrequests.connectors;

import java.util.List;
import java.util.Map;

/**
 * What an objection to direct marketing (Art. 21(3)) does to a person's rows of a table, as the connector
 * configuration's {@code on-objection} names it: {@code delete} the rows (a newsletter subscription),
 * {@code nullify: [columns]} (a marketing phone number), or {@code set: {column: value}} (an opt-in flag to false).
 * Resolved once, with checked and quoted column names; the statements only ask it what to write.
 */
sealed interface ObjectionAction permits ObjectionAction.Delete, ObjectionAction.Nullify, ObjectionAction.SetValues {

    /** The person's rows go. */
    record Delete() implements ObjectionAction {
    }

    /** These (quoted) columns of the person's rows are emptied. */
    record Nullify(List<String> columns) implements ObjectionAction {
    }

    /** These (quoted) columns of the person's rows get these values, bound as the columns type them. */
    record SetValues(Map<String, Object> values) implements ObjectionAction {

        /** A value as the database stores it: {@code true}/{@code false} as a boolean, a number as a number. */
        static Object bound(String value, boolean numericColumn) {
            if ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
                boolean flag = Boolean.parseBoolean(value);
                return numericColumn ? (flag ? 1 : 0) : flag;
            }
            return numericColumn && value.matches("-?\\d{1,18}") ? Long.valueOf(value) : value;
        }
    }
}
