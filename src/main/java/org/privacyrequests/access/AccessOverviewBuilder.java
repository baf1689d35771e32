package org.privacyrequests.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.privacyrequests.access.AccessAnswers.AccessOverview;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.erasure.RetentionRules;
import org.privacyrequests.lookup.PersonalDataSearch;
import org.privacyrequests.lookup.PersonalDataSource;
import org.privacyrequests.lookup.PersonalRecord;
import org.privacyrequests.lookup.ProcessingRole;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Builds the answer to an access request (Art. 15) from the controller data found: per system and
 * category what is held, why, who receives it, how long it is kept and where it came from; and the same
 * data as JSON for portability (Art. 20).
 */
@Service
public class AccessOverviewBuilder {

    private final PersonalDataSearch search;
    private final RetentionRules retentionRules;
    private final CompanyProperties company;
    private final ObjectMapper json;

    public AccessOverviewBuilder(PersonalDataSearch search, RetentionRules retentionRules, CompanyProperties company,
                                 ObjectMapper json) {
        this.search = search;
        this.retentionRules = retentionRules;
        this.company = company;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public AccessOverview build(String reference, List<PersonalRecord> records) {
        List<PersonalRecord> controllerRecords = records.stream().filter(r -> r.role() == ProcessingRole.CONTROLLER).toList();
        Map<String, List<PersonalRecord>> bySource = controllerRecords.stream()
                .collect(Collectors.groupingBy(PersonalRecord::source, LinkedHashMap::new, Collectors.toList()));
        return new AccessOverview(html(reference, bySource), machineReadable(reference, bySource));
    }

    private String html(String reference, Map<String, List<PersonalRecord>> bySource) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc("Personal data held by " + company.name() + " - " + reference))
                .append("</title><style>body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse;margin-bottom:1em}"
                        + "td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}</style></head><body>");
        h.append("<h1>").append(esc("Personal data held by " + company.name())).append("</h1>");
        h.append("<p>").append(esc("Request " + reference + ". Per system: what we hold, why, who receives it, how long we keep it and where it came from."))
                .append("</p>");
        for (var entry : bySource.entrySet()) {
            PersonalDataSource source = search.source(entry.getKey());
            var description = source.description();
            h.append("<h2>").append(esc(entry.getKey())).append("</h2><ul>")
                    .append("<li>Purpose: ").append(esc(description.purpose())).append("</li>")
                    .append("<li>Recipients: ").append(esc(description.recipients())).append("</li>")
                    .append("<li>Source: ").append(esc(description.origin())).append("</li></ul>");
            for (PersonalRecord record : entry.getValue()) {
                h.append("<table><caption>").append(esc(record.recordType() + " (" + record.category().code() + ")"))
                        .append(" - retention: ").append(esc(retentionRules.describe(record))).append("</caption>");
                for (var field : record.fields().entrySet()) {
                    h.append("<tr><th>").append(esc(field.getKey())).append("</th><td>")
                            .append(esc(String.valueOf(field.getValue()))).append("</td></tr>");
                }
                h.append("</table>");
            }
        }
        if (bySource.isEmpty()) {
            h.append("<p>No personal data is held about you as controller.</p>");
        }
        return h.append("</body></html>").toString();
    }

    private String machineReadable(String reference, Map<String, List<PersonalRecord>> bySource) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("controller", company.name());
        document.put("reference", reference);
        List<Map<String, Object>> systems = new ArrayList<>();
        bySource.forEach((source, records) -> systems.add(Map.of(
                "system", source,
                "records", records.stream().map(r -> Map.of(
                        "type", r.recordType(),
                        "category", r.category().code(),
                        "data", r.fields())).toList())));
        document.put("systems", systems);
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the machine-readable copy", e);
        }
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s);
    }
}
