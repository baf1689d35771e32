package org.privacyrequests.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.privacyrequests.access.AccessAnswers.AccessOverview;
import org.privacyrequests.lookup.PersonalDataSearch;
import org.privacyrequests.lookup.PersonalRecord;
import org.privacyrequests.lookup.ProcessingRole;
import org.privacyrequests.notifications.MailModel;
import org.privacyrequests.notifications.MailTemplates;
import org.privacyrequests.policy.RetentionPolicy;
import org.privacyrequests.policy.RetentionPolicy.StoragePeriod;
import org.privacyrequests.requests.DataSubjectRequest;
import org.springframework.stereotype.Service;

/**
 * Builds the answer to an access request (Art. 15) from the controller data found: per system and
 * category what is held, why, who receives it, where it came from and how long it is kept (the period of the
 * retention policy, the same the daily sweep enforces: Art. 15(1)(d)), in the
 * requester's language (template {@code mail/<language>/access-overview.ftlh}); and the same data, for
 * portability (Art. 20), as JSON and as a CSV file per table in one zip.
 */
@Service
class AccessOverviewBuilder {

    private final PersonalDataSearch search;
    private final RetentionPolicy retentionPolicy;
    private final MailModel mailModel;
    private final org.privacyrequests.requests.RequesterMail requesterMail;
    private final MailTemplates templates;
    private final ObjectMapper json;

    public AccessOverviewBuilder(PersonalDataSearch search, RetentionPolicy retentionPolicy, MailModel mailModel,
                                 MailTemplates templates, ObjectMapper json, org.privacyrequests.requests.RequesterMail requesterMail) {
        this.requesterMail = requesterMail;
        this.search = search;
        this.retentionPolicy = retentionPolicy;
        this.mailModel = mailModel;
        this.templates = templates;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public AccessOverview build(DataSubjectRequest request, List<PersonalRecord> records) {
        Map<String, List<PersonalRecord>> bySource = records.stream()
                .filter(r -> r.role() == ProcessingRole.CONTROLLER)
                .collect(Collectors.groupingBy(PersonalRecord::source, LinkedHashMap::new, Collectors.toList()));
        Map<String, Object> model = requesterMail.about(request);
        model.put("systems", systems(bySource, request.language()));
        String json = machineReadable(request.reference(), bySource);
        List<PersonalRecord> controllerRecords = bySource.values().stream().flatMap(List::stream).toList();
        return new AccessOverview(templates.renderDocument("access-overview.ftlh", request.language(), model), json,
                AccessExport.zip(request.reference(), json, controllerRecords));
    }

    private List<Map<String, Object>> systems(Map<String, List<PersonalRecord>> bySource, String language) {
        List<Map<String, Object>> systems = new ArrayList<>();
        bySource.forEach((source, records) -> {
            var description = search.source(source).description();
            systems.add(Map.of(
                    "name", source,
                    "purpose", description.purpose(),
                    "recipients", description.recipients(),
                    "origin", description.origin(),
                    "records", records.stream().map(r -> Map.of(
                            "category", r.category().code(),
                            "keep", keep(retentionPolicy.storagePeriod(r), language),
                            "fields", r.fields().entrySet().stream()
                                    .map(f -> Map.of("name", f.getKey(), "value", String.valueOf(f.getValue())))
                                    .toList())).toList()));
        });
        return systems;
    }

    /**
     * How long a record is kept, as the templates word it: the policy's period in one unit ({@code amount}, {@code unit}:
     * days, months or years), what it is counted from, what happens then, the day that is (once known), and why.
     */
    private static Map<String, Object> keep(StoragePeriod storage, String language) {
        var rule = storage.rule();
        Map<String, Object> keep = new HashMap<>();
        keep.put("then", rule.then().name());
        if (rule.period() != null) {
            java.time.Period p = rule.period();
            long months = p.toTotalMonths();
            boolean inDays = p.getDays() != 0 || months == 0;
            keep.put("amount", inDays ? p.getDays() : months % 12 == 0 ? months / 12 : months);
            keep.put("unit", inDays ? "days" : months % 12 == 0 ? "years" : "months");
            keep.put("countedFrom", rule.countedFrom().code());
        }
        if (storage.endsOn() != null) {
            keep.put("endsOn", MailModel.date(storage.endsOn(), language));
        }
        if (rule.ground() != null) {
            keep.put("ground", rule.ground());
        }
        return keep;
    }

    private String machineReadable(String reference, Map<String, List<PersonalRecord>> bySource) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("controller", mailModel.companyName());
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
}
