package org.privacyrequests.connectors;

import java.util.Collection;
import java.util.Map;

/** The resolved tables of one source, in configured order (a parent before the tables that belong to it). */
final class SourceTables {

    private final String source;
    private final Map<String, ResolvedTable> byName;

    SourceTables(String source, Map<String, ResolvedTable> byName) {
        this.source = source;
        this.byName = byName;
    }

    Collection<ResolvedTable> all() {
        return byName.values();
    }

    /** The table of this name, or an error naming the record type that was asked for. */
    ResolvedTable named(String table, String asked) {
        ResolvedTable resolved = byName.get(table);
        if (resolved == null) {
            throw new IllegalStateException("Source " + source + " has no table " + asked);
        }
        return resolved;
    }

    /** Whether other tables' rows belong to this table's rows (order lines to an order). */
    boolean isParent(ResolvedTable table) {
        return byName.values().stream().anyMatch(t -> table.name().equals(t.links().parentTable()));
    }

    ResolvedTable parentOf(ResolvedTable table) {
        return byName.get(table.links().parentTable());
    }
}
