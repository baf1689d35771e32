package org.privacyrequests.connectors;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Carries out an objection to direct marketing (Art. 21(3)) on a person's rows, found by their address, in each
 * table whose configuration has {@code on-objection}. Each statement changes only what still needs changing, so
 * running it again changes nothing.
 */
final class ObjectionStatements {

    private final JdbcTemplate jdbc;
    private final SourceTables tables;

    ObjectionStatements(JdbcTemplate jdbc, SourceTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    /** @return the rows changed */
    int stopDirectMarketing(String email) {
        int changed = 0;
        for (ResolvedTable table : tables.all()) {
            if (table.onObjection() == null) {
                continue;
            }
            String person = "(" + table.identity().condition() + ")";
            List<Object> args = new ArrayList<>();
            String sql;
            ObjectionAction action = table.onObjection();
            if (action instanceof ObjectionAction.Delete) {
                sql = "DELETE FROM " + table.sqlName() + " WHERE " + person;
                args.addAll(List.of(table.identity().values(email)));
            } else if (action instanceof ObjectionAction.Nullify nullify) {
                sql = "UPDATE " + table.sqlName() + " SET " + nullify.columns().stream().map(c -> c + " = NULL").collect(Collectors.joining(", "))
                        + " WHERE " + person + " AND (" + nullify.columns().stream().map(c -> c + " IS NOT NULL").collect(Collectors.joining(" OR ")) + ")";
                args.addAll(List.of(table.identity().values(email)));
            } else {
                var set = (ObjectionAction.SetValues) action;
                sql = "UPDATE " + table.sqlName() + " SET " + set.values().keySet().stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
                        + " WHERE " + person + " AND (" + set.values().keySet().stream().map(c -> c + " IS NULL OR " + c + " <> ?")
                        .collect(Collectors.joining(" OR ")) + ")";
                args.addAll(set.values().values());
                args.addAll(List.of(table.identity().values(email)));
                args.addAll(set.values().values());
            }
            changed += jdbc.update(sql, args.toArray());
        }
        return changed;
    }
}
