package org.privacyrequests.connectors;

import java.util.List;

/**
 * Where a source keeps the customer relationship's state, with quoted names: the condition that holds while it runs, and
 * when it ended; for processor data also the webshops between a row and the customer (null otherwise).
 */
record RelationshipColumns(String table, String key, Running running, String endedColumn, Webshops webshops) {

    /**
     * The condition on the relationship table that holds while a relationship runs, with its bound values: from a status
     * column and its active values ({@code LOWER("status") IN (?, ?)}), or as the company wrote it ({@code active-when}).
     */
    record Running(String condition, List<Object> values) {

        Running {
            values = List.copyOf(values);
        }
    }

    /** The webshop table, its key and its column naming the customer, with quoted names. */
    record Webshops(String table, String key, String customerColumn) {
    }
}
