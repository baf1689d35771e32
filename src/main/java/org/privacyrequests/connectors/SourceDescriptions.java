package org.privacyrequests.connectors;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.privacyrequests.lookup.PersonalDataSource.SourceDescription;
import org.privacyrequests.lookup.Recipient;
import org.privacyrequests.lookup.TableDescription;

/**
 * What the configuration says about a source for the access answer (purpose, legal bases, recipients, origin, and
 * per table its labels and the columns the person provided), checked at start-up: a recipient needs a name and a
 * kind and a country, one outside the EEA a safeguard, and labels and provided columns must name the table's columns.
 */
final class SourceDescriptions {

    private SourceDescriptions() {
    }

    static SourceDescription of(ConnectorsSpec.Source source) {
        Map<String, TableDescription> tables = new LinkedHashMap<>();
        source.tables().forEach(t -> tables.put(t.table(), new TableDescription(t.labels(), t.provided())));
        return new SourceDescription(source.purpose(), source.legalBasis(), source.recipients(), source.origin(), tables);
    }

    static void check(ConnectorsSpec.Source source, ConfigurationProblems problems) {
        for (int i = 0; i < source.recipients().size(); i++) {
            Recipient r = source.recipients().get(i);
            String field = "recipients[" + i + "]";
            if (r.name() == null || r.name().isBlank()) {
                problems.fail(field + ".name", "every recipient needs a name (the access answer names it)");
            }
            if (r.kind() == null) {
                problems.fail(field + ".kind", "say what the recipient is to the company: processor, controller or public-authority");
            }
            if (!r.knownCountry()) {
                problems.fail(field + ".country", "must be an ISO 3166 two-letter country code (NL, DE, US), not '" + r.country() + "'");
            }
            if (!r.insideEea() && r.safeguard() == null) {
                problems.fail(field + ".safeguard", r.country() + " is outside the European Economic Area: name the safeguard of the "
                        + "transfer (adequacy-decision, standard-contractual-clauses, binding-corporate-rules or derogation)");
            }
        }
        for (ConnectorsSpec.Table t : source.tables()) {
            if (t.columns().isEmpty()) {
                continue;
            }
            Set<String> columns = new HashSet<>(t.columns());
            columns.addAll(t.columnCategories().keySet());
            t.labels().keySet().stream().filter(c -> !columns.contains(c)).findFirst().ifPresent(c ->
                    problems.fail("tables." + t.table() + ".labels." + c, "not one of the table's columns " + t.columns()));
            t.provided().stream().filter(c -> !columns.contains(c)).findFirst().ifPresent(c ->
                    problems.fail("tables." + t.table() + ".provided", "'" + c + "' is not one of the table's columns " + t.columns()));
        }
    }
}
