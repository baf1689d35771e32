package org.privacyrequests.connectors;

import java.util.List;

/** Where a source keeps the customer relationship's state, with quoted names: which status means it still runs, and when it ended. */
record RelationshipColumns(String table, String key, String statusColumn, List<String> activeValues, String endedColumn) {
}
