package org.privacyrequests.connectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes corrected values (by field code: contactName, email, ...) into the columns configured as correctable. */
final class CorrectionStatements {

    private final JdbcTemplate jdbc;
    private final SourceTables tables;

    CorrectionStatements(JdbcTemplate jdbc, SourceTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    /** @param webshopId for processor data: only the rows held for this webshop (tables that name their webshop); null for all */
    int correct(String email, Map<String, String> corrections, Long webshopId) {
        int changed = 0;
        for (ResolvedTable table : tables.all()) {
            if (table.correctable().isEmpty() || table.identity().email().isEmpty()
                    || webshopId != null && table.links().webshopColumn() == null) {
                continue;
            }
            // Other fields first: the rows are found by the address, which may itself be corrected.
            List<Map.Entry<String, String>> ordered = corrections.entrySet().stream()
                    .filter(c -> table.correctable().containsKey(c.getKey()))
                    .sorted((a, b) -> Boolean.compare(table.correctsIdentity(a.getKey()), table.correctsIdentity(b.getKey())))
                    .toList();
            for (var correction : ordered) {
                String column = table.correctable().get(correction.getKey());
                List<Object> args = new ArrayList<>();
                // Where addresses are matched exactly, they are stored the way they are looked up: in lower case.
                boolean exactIdentity = table.identity().match() == IdentityMatch.EXACT && table.correctsIdentity(correction.getKey());
                args.add(exactIdentity ? correction.getValue().toLowerCase(Locale.ROOT) : correction.getValue());
                args.addAll(List.of(table.identity().values(email)));
                String where = table.identity().condition();
                if (webshopId != null) {
                    where = "(" + where + ") AND " + table.links().webshopColumn() + " = ?";
                    args.add(webshopId);
                }
                changed += jdbc.update("UPDATE " + table.sqlName() + " SET " + column + " = ? WHERE " + where, args.toArray());
            }
        }
        return changed;
    }
}
