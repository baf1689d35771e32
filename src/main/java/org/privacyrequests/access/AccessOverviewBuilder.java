package org.privacyrequests.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.privacyrequests.access.AccessAnswers.AccessOverview;
import org.privacyrequests.access.AccessRedactions.Redaction;
import org.privacyrequests.company.AutomatedDecisionMaking;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.lookup.PersonalDataSearch;
import org.privacyrequests.lookup.PersonalDataSource.SourceDescription;
import org.privacyrequests.lookup.PersonalRecord;
import org.privacyrequests.lookup.ProcessingRole;
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

    public AccessOverviewBuilder(PersonalDataSearch search, RetentionPolicy retentionPolicy, MailModel mailModel,
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
    }

    /** The answer with the values of {@code redaction} blacked out; the redaction counts the places it blacked out. */
    AccessOverview build(DataSubjectRequest request, List<PersonalRecord> records, Redaction redaction) {
        Map<String, List<PersonalRecord>> bySource = records.stream()
                .filter(r -> r.role() == ProcessingRole.CONTROLLER)
                .map(r -> redacted(r, redaction))
                .collect(Collectors.groupingBy(PersonalRecord::source, LinkedHashMap::new, Collectors.toList()));
        List<ProductRecord> held = heldByTheProduct(request, redaction);
        String language = request.language();
        ReadableValues readable = new ReadableValues(language, company.zone());
        Map<String, Object> model = requesterMail.about(request);
        model.put("systems", systems(bySource, language, readable));
        model.put("held", held(held, readable));
        model.put("recordsKeptYears", minimisation.requestRecordsKeptFor().getYears());
        model.put("automatedDecisions", automatedDecisions(language));
        model.put("redacted", redaction.places() > 0);
        RequestTypes asked = RequestTypes.read(request.requestTypes());
        boolean portability = asked.contains(RequestType.PORTABILITY);
        boolean access = asked.contains(RequestType.ACCESS) || !portability;
        model.put("portability", portability);
        String copy = access ? machineReadable(request.reference(), bySource, held) : null;
        Map<String, List<PersonalRecord>> portable = portable(bySource);
        String portableCopy = portability ? portableJson(request.reference(), portable) : null;
        List<PersonalRecord> controllerRecords = bySource.values().stream().flatMap(List::stream).toList();
        byte[] zip = AccessExport.zip(request.reference(),
                access ? new AccessExport.Copy(copy, controllerRecords) : null,
                portability ? new AccessExport.Copy(portableCopy, portable.values().stream().flatMap(List::stream).toList()) : null);
        return new AccessOverview(templates.renderDocument("access-overview.ftlh", language, model),
                access ? copy : portableCopy, zip);
    }

    private static PersonalRecord redacted(PersonalRecord r, Redaction redaction) {
        Map<String, Object> fields = new LinkedHashMap<>();
        r.fields().forEach((k, v) -> fields.put(k, redaction.apply(v)));
        return new PersonalRecord(r.source(), r.recordType(), r.recordId(), r.category(), r.role(), r.webshopId(), fields,
                r.relationshipActive(), r.relationshipEndedOn(), r.recordDate());
    }

    private List<Map<String, Object>> systems(Map<String, List<PersonalRecord>> bySource, String language, ReadableValues readable) {
        List<Map<String, Object>> systems = new ArrayList<>();
        var storagePeriods = retentionPolicy.storagePeriods();
        bySource.forEach((source, records) -> {
            SourceDescription description = search.source(source).description();
            systems.add(Map.of(
                    "name", source,
                    "purpose", description.purpose(),
                    "legalBases", description.legalBases().stream().map(b -> b.code()).toList(),
                    "recipients", description.recipients().stream().map(r -> recipient(r, readable)).toList(),
                    "origin", description.origin(),
                    "records", records.stream().map(r -> Map.of(
                            "category", r.category().code(),
                            "keep", keep(storagePeriods.apply(r), language),
                            "fields", fields(r, description.table(r.recordType()), language, readable))).toList()));
        });
        return systems;
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
                .map(f -> Map.of(
                        "label", table.label(f.getKey(), language).orElseGet(() -> ReadableValues.humanised(f.getKey())),
                        "value", readable.value(f.getValue())))
                .toList();
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

    /** Per system, the records with only the columns the person provided, from systems processed on consent or a contract. */
    private Map<String, List<PersonalRecord>> portable(Map<String, List<PersonalRecord>> bySource) {
        Map<String, List<PersonalRecord>> portable = new LinkedHashMap<>();
        bySource.forEach((source, records) -> {
            SourceDescription description = search.source(source).description();
            if (!description.portable()) {
                return;
            }
            List<PersonalRecord> provided = records.stream().map(r -> {
                TableDescription table = description.table(r.recordType());
                Map<String, Object> fields = new LinkedHashMap<>();
                r.fields().forEach((k, v) -> {
                    if (table.provided(k)) {
                        fields.put(k, v);
                    }
                });
                return new PersonalRecord(r.source(), r.recordType(), r.recordId(), r.category(), r.role(), r.webshopId(), fields,
                        r.relationshipActive(), r.relationshipEndedOn(), r.recordDate());
            }).filter(r -> !r.fields().isEmpty()).toList();
            if (!provided.isEmpty()) {
                portable.put(source, provided);
            }
        });
        return portable;
    }

    private String machineReadable(String reference, Map<String, List<PersonalRecord>> bySource, List<ProductRecord> held) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("controller", mailModel.companyName());
        document.put("reference", reference);
        document.put("systems", systemsJson(bySource));
        document.put("heldByThisProduct", held.stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            row.put("reference", r.reference());
            row.put("date", r.date().toString());
            row.put("open", r.open());
            row.put("outcomes", r.outcomes());
            row.put("detail", r.detail());
            return row;
        }).toList());
        return write(document);
    }

    private String portableJson(String reference, Map<String, List<PersonalRecord>> portable) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("controller", mailModel.companyName());
        document.put("reference", reference);
        document.put("providedBy", "the data subject (Art. 20 GDPR)");
        document.put("systems", systemsJson(portable));
        return write(document);
    }

    private static List<Map<String, Object>> systemsJson(Map<String, List<PersonalRecord>> bySource) {
        List<Map<String, Object>> systems = new ArrayList<>();
        bySource.forEach((source, records) -> systems.add(Map.of(
                "system", source,
                "records", records.stream().map(r -> Map.of(
                        "type", r.recordType(),
                        "category", r.category().code(),
                        "data", r.fields())).toList())));
        return systems;
    }

    private String write(Map<String, Object> document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the machine-readable copy", e);
        }
    }
}
