package org.privacyrequests.connectors;

import java.util.List;
import java.util.Map;
import org.privacyrequests.lookup.DataCategory;

/**
 * A configured table after its names were checked against the database: every name here is the quoted
 * name the database stores, safe to put into SQL text.
 */
record ResolvedTable(
        String name,
        String sqlName,
        String key,
        boolean numericKey,
        DataCategory category,
        List<String> identityColumns,
        Map<String, List<String>> otherIdentities,
        java.util.Set<String> numericColumns,
        boolean verifiesIdentity,
        boolean linkOnly,
        boolean exactIdentityMatch,
        String parentTable,
        String parentColumn,
        String customerColumn,
        String recordDateColumn,
        String webshopColumn,
        List<String> columns,
        Map<String, DataCategory> columnCategories,
        boolean deleteOnErase,
        List<String> nullifyColumns,
        Map<String, String> anonymise,
        Map<String, String> correctable) {

    /** The record type of a group of columns with a category of its own: "customer:financial". */
    String groupType(DataCategory groupCategory) {
        return name + ":" + groupCategory.code();
    }

    /** The columns of one category group. */
    List<String> group(DataCategory groupCategory) {
        return columnCategories.entrySet().stream().filter(e -> e.getValue() == groupCategory).map(Map.Entry::getKey).toList();
    }

    /** The stored (unquoted) column name, for reading values from a row. */
    static String unquoted(String quoted) {
        return quoted.substring(1, quoted.length() - 1);
    }
}
