package org.privacyrequests.connectors;

import java.util.List;

/**
 * Where a source keeps the customer relationship's state, with quoted names: which status means it still runs, and when it
 * ended; for processor data also the webshops between a row and the customer (null otherwise).
 */
record RelationshipColumns(String table, String key, String statusColumn, List<String> activeValues, String endedColumn,
                           Webshops webshops) {

    /** The webshop table, its key and its column naming the customer, with quoted names. */
    record Webshops(String table, String key, String customerColumn) {
    }
}
