package org.privacyrequests.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.privacyrequests.access.AccessRedactions.Redaction;
import org.privacyrequests.company.AutomatedDecisionMaking;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.lookup.FoundRecords;
import org.privacyrequests.lookup.PersonalDataSearch;
import org.privacyrequests.lookup.PersonalDataSource.SourceDescription;
import org.privacyrequests.lookup.PersonalRecord;
import org.privacyrequests.lookup.Recipient;
import org.privacyrequests.lookup.TableDescription;
import org.privacyrequests.minimisation.MinimisationProperties;
import org.privacyrequests.notifications.MailModel;
import org.privacyrequests.notifications.MailTemplates;
import org.privacyrequests.policy.RetentionPolicy;
import org.privacyrequests.policy.RetentionPolicy.StoragePeriod;
import org.privacyrequests.requests.DataSubjectRequest;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.privacyrequests.requests.RequestType;
import org.privacyrequests.requests.RequestTypes;
import org.privacyrequests.requests.RequesterMail;
import org.springframework.stereotype.Service;

/**
 * Builds the answer to an access request (Art. 15) from the controller data found, as EDPB Guidelines 01/2022 on
 * the right of access describe it: per system and category what is held (with readable labels, dates in the
 * company's time zone), why and on which legal basis, who receives it by name and in which country (with the
 * safeguard of a transfer outside the EEA), where it came from and how long it is kept (the period of the
 * retention policy, the same the daily sweep enforces: Art. 15(1)(d)); whether automated decisions
 * are taken; and what the product itself holds about the person (earlier requests and complaints, mails, legal
 * holds). Values support blacked out in review are blacked out everywhere (Art. 15(4)). Rendered in the requester's
 * language (template {@code mail/<language>/access-overview.ftlh}). The copy goes with it in one zip: for access, all
 * of it as JSON and a CSV file per table (Art. 15(3)); for portability, only what the person provided, from systems
 * that process it on consent or a contract (Art. 20(1)).
 */
@Service
class AccessOverviewBuilder {

    private final PersonalDataSearch search;
    private final RetentionPolicy retentionPolicy;
    private final MailModel mailModel;
    private final RequesterMail requesterMail;
    private final MailTemplates templates;
    private final ObjectMapper json;
    private final DataSubjectRequestRepository requests;
    private final List<KeepsRecordsAboutPeople> productRecords;
    private final CompanyProperties company;
    private final AutomatedDecisionMaking automatedDecisions;
    private final MinimisationProperties minimisation;
    private final FoundRecords foundRecords;

    public AccessOverviewBuilder(PersonalDataSearch search, FoundRecords foundRecords, RetentionPolicy retentionPolicy, MailModel mailModel,
                                 MailTemplates templates, ObjectMapper json, RequesterMail requesterMail,
                                 DataSubjectRequestRepository requests, List<KeepsRecordsAboutPeople> productRecords,
                                 CompanyProperties company, AutomatedDecisionMaking automatedDecisions,
                                 MinimisationProperties minimisation) {
        this.requesterMail = requesterMail;
        this.search = search;
        this.retentionPolicy = retentionPolicy;
        this.mailModel = mailModel;
        this.templates = templates;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.requests = requests;
        this.productRecords = productRecords;
        this.company = company;
        this.automatedDecisions = automatedDecisions;
        this.minimisation = minimisation;
        this.foundRecords = foundRecords;
    }

    /**
     * The answer to the request from the records its last search kept, with the values of {@code redaction} blacked
     * out (the redaction counts the places it blacked out). The records are read one system at a time, in pages, and
     * each goes straight into the copies; the readable overview keeps per table what is held, its fields and periods,
     * and the first {@value #SHOWN} records (EDPB Guidelines 01/2022 allow a layered answer; the zip is the full copy).
     */
    PreparedAnswer build(DataSubjectRequest request, Redaction redaction) {
        List<ProductRecord> held = heldByTheProduct(request, redaction);
        String language = request.language();
        ReadableValues readable = new ReadableValues(language, company.zone());
        Map<String, Object> model = requesterMail.about(request);
        RequestTypes asked = RequestTypes.read(request.requestTypes());
        boolean portability = asked.contains(RequestType.PORTABILITY);
        boolean access = asked.contains(RequestType.ACCESS) || !portability;
        Map<String, Object> heading = new LinkedHashMap<>();
        heading.put("controller", mailModel.companyName());
        heading.put("reference", request.reference());
        AccessExport export = new AccessExport(request.reference(), json, heading, access, portability);
        try {
            var storagePeriods = retentionPolicy.storagePeriods();
            Map<String, Map<String, Table>> bySource = new LinkedHashMap<>();
            for (FoundRecords.TableCount t : foundRecords.controllerTables(request.reference())) {
                bySource.computeIfAbsent(t.source(), s -> new LinkedHashMap<>()).put(t.recordType(), new Table());
            }
            List<Map<String, Object>> systems = new ArrayList<>();
            long[] records = {0};
            for (var source : bySource.entrySet()) {
                SourceDescription description = search.source(source.getKey()).description();
                Map<String, Table> tables = source.getValue();
                foundRecords.forEachControllerRecord(request.reference(), source.getKey(), found -> {
                    PersonalRecord r = redacted(found, redaction);
                    records[0]++;
                    TableDescription table = description.table(r.recordType());
                    tables.computeIfAbsent(r.recordType(), t -> new Table()).add(r, table, storagePeriods.apply(r), language, readable);
                    export.add(r);
                    if (portability && description.portable()) {
                        PersonalRecord provided = provided(r, table);
                        if (!provided.fields().isEmpty()) {
                            export.addProvided(provided);
                        }
                    }
                });
                systems.add(system(source.getKey(), description, tables.values(), readable));
            }
            model.put("systems", systems);
            model.put("held", held(held, readable));
            model.put("recordsKeptYears", minimisation.requestRecordsKeptFor().getYears());
            model.put("automatedDecisions", automatedDecisions(language));
            model.put("redacted", redaction.places() > 0);
            model.put("portability", portability);
            // Only an access request's copy holds every record; a portability copy holds what the person provided.
            model.put("copyOfAll", access);
            model.put("shown", SHOWN);
            Path zip = export.finish(heldJson(held));
            return new PreparedAnswer(templates.renderDocument("access-overview.ftlh", language, model), zip, records[0], export);
        } catch (RuntimeException | Error e) {
            // The working folder holds the person's data: it goes, whatever went wrong.
            export.close();
            throw e;
        }
    }

    /** Records shown per table in the readable overview; all of them are in the copy. */
    static final int SHOWN = 100;

    private static PersonalRecord redacted(PersonalRecord r, Redaction redaction) {
        if (redaction.values() == 0) {
            return r;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        r.fields().forEach((k, v) -> fields.put(k, redaction.apply(v)));
        return new PersonalRecord(r.source(), r.recordType(), r.recordId(), r.category(), r.role(), r.webshopId(), fields,
                r.relationshipActive(), r.relationshipEndedOn(), r.recordDate());
    }

    /** The record with only the columns the person provided (Art. 20(1)); none when they provided none of it. */
    private static PersonalRecord provided(PersonalRecord r, TableDescription table) {
        Map<String, Object> fields = new LinkedHashMap<>();
        r.fields().forEach((k, v) -> {
            if (table.provided(k)) {
                fields.put(k, v);
            }
        });
        return new PersonalRecord(r.source(), r.recordType(), r.recordId(), r.category(), r.role(), r.webshopId(), fields,
                r.relationshipActive(), r.relationshipEndedOn(), r.recordDate());
    }

    private static Map<String, Object> system(String source, SourceDescription description, java.util.Collection<Table> tables,
                                              ReadableValues readable) {
        return Map.of(
                "name", source,
                "purpose", description.purpose(),
                "legalBases", description.legalBases().stream().map(b -> b.code()).toList(),
                "recipients", description.recipients().stream().map(r -> recipient(r, readable)).toList(),
                "origin", description.origin(),
                "tables", tables.stream().filter(t -> t.count > 0).map(Table::model).toList(),
                // What a company's template written for an earlier version lists (system.records): the records shown.
                "records", tables.stream().flatMap(t -> t.shown.stream()).toList());
    }

    /**
     * What the overview says about one table of a system: its category, how many records, the fields, the periods
     * they are kept (a record's own end day left out where it counts from the record's date), and the first
     * {@value #SHOWN} records in full.
     */
    private static final class Table {

        private String category;
        private String file;
        private long count;
        private final Set<String> seenFields = new java.util.HashSet<>();
        private final Set<String> fields = new LinkedHashSet<>();
        private final Map<StoragePeriod, Map<String, Object>> periods = new LinkedHashMap<>();
        private final List<Map<String, Object>> shown = new ArrayList<>();

        void add(PersonalRecord r, TableDescription table, StoragePeriod storage, String language, ReadableValues readable) {
            if (count++ == 0) {
                category = r.category().code();
                file = AccessExport.fileName(r);
            }
            if (!seenFields.containsAll(r.fields().keySet())) {
                r.fields().keySet().forEach(f -> {
                    if (seenFields.add(f)) {
                        fields.add(label(f, table, language));
                    }
                });
            }
            // The table's periods leave out a record's own end day where the period counts from the record's date.
            var rule = storage.rule();
            boolean ownDay = rule.period() != null && "recordDate".equals(rule.countedFrom().code());
            StoragePeriod period = ownDay ? new StoragePeriod(rule, null) : storage;
            if (!periods.containsKey(period) && periods.size() < SHOWN) {
                periods.put(period, keep(period, language));
            }
            if (shown.size() < SHOWN) {
                shown.add(Map.of("category", r.category().code(), "keep", keep(storage, language), "fields", fields(r, table, language, readable)));
            }
        }

        Map<String, Object> model() {
            Map<String, Object> model = new HashMap<>();
            model.put("category", category);
            model.put("count", count);
            model.put("fields", List.copyOf(fields));
            model.put("periods", List.copyOf(new LinkedHashSet<>(periods.values())));
            model.put("records", shown);
            model.put("more", count - shown.size());
            model.put("file", file);
            return model;
        }
    }

    private static Map<String, Object> recipient(Recipient r, ReadableValues readable) {
        Map<String, Object> recipient = new HashMap<>();
        recipient.put("name", r.name());
        recipient.put("kind", r.kind().code());
        recipient.put("country", readable.country(r.country()));
        recipient.put("outsideEea", !r.insideEea());
        if (r.safeguard() != null) {
            recipient.put("safeguard", r.safeguard().code());
        }
        if (r.details() != null && !r.details().isBlank()) {
            recipient.put("details", r.details());
        }
        return recipient;
    }

    private static List<Map<String, Object>> fields(PersonalRecord r, TableDescription table, String language, ReadableValues readable) {
        return r.fields().entrySet().stream()
                .map(f -> Map.of("label", label(f.getKey(), table, language), "value", readable.value(f.getValue())))
                .toList();
    }

    private static String label(String field, TableDescription table, String language) {
        return table.label(field, language).orElseGet(() -> ReadableValues.humanised(field));
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
            var period = org.privacyrequests.policy.PeriodInOneUnit.of(rule.period());
            keep.put("amount", period.amount());
            keep.put("unit", period.unit());
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

    /** The requests (other than this one) and complaints of the person, the mails kept and the legal holds, oldest first. */
    private List<ProductRecord> heldByTheProduct(DataSubjectRequest request, Redaction redaction) {
        List<ProductRecord> held = new ArrayList<>();
        for (DataSubjectRequest earlier : requests.ofRequester(request.requesterEmail())) {
            if (!earlier.reference().equals(request.reference())) {
                held.add(new ProductRecord(ProductRecord.Kind.REQUEST, earlier.reference(), earlier.receivedAt(),
                        earlier.status() != DataSubjectRequest.RequestStatus.CLOSED,
                        requests.outcomes(earlier.reference()).stream().map(Enum::name).toList(), null));
            }
        }
        productRecords.forEach(feature -> held.addAll(feature.recordsAbout(request.requesterEmail())));
        return held.stream()
                .map(r -> new ProductRecord(r.kind(), r.reference(), r.date(), r.open(), r.outcomes(), redaction.apply(r.detail())))
                .toList();
    }

    private static Map<String, Object> held(List<ProductRecord> held, ReadableValues readable) {
        Map<String, Object> byKind = new LinkedHashMap<>();
        for (ProductRecord.Kind kind : ProductRecord.Kind.values()) {
            byKind.put(kind.name(), held.stream().filter(r -> r.kind() == kind).map(r -> {
                Map<String, Object> row = new HashMap<>();
                row.put("reference", Objects.requireNonNullElse(r.reference(), ""));
                row.put("date", readable.date(r.date()));
                row.put("open", r.open());
                row.put("outcomes", r.outcomes());
                row.put("detail", Objects.requireNonNullElse(r.detail(), ""));
                return row;
            }).toList());
        }
        return byKind;
    }

    private Map<String, Object> automatedDecisions(String language) {
        Map<String, Object> adm = new HashMap<>();
        adm.put("takePlace", automatedDecisions.takePlace());
        adm.put("logic", automatedDecisions.logic().getOrDefault(language, ""));
        adm.put("consequences", automatedDecisions.consequences().getOrDefault(language, ""));
        return adm;
    }

    /** What the product itself holds, for the copy. */
    private static List<Map<String, Object>> heldJson(List<ProductRecord> held) {
        return held.stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            row.put("reference", r.reference());
            row.put("date", r.date().toString());
            row.put("open", r.open());
            row.put("outcomes", r.outcomes());
            row.put("detail", r.detail());
            return row;
        }).toList();
    }
}
