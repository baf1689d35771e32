package org.privacyrequests.staffpages;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.privacyrequests.access.ReadableValues;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.company.DataCategories;
import org.privacyrequests.company.Languages;
import org.privacyrequests.complaints.PrivacyComplaint;
import org.privacyrequests.complaints.PrivacyComplaints;
import org.privacyrequests.erasure.ErasurePlanItem;
import org.privacyrequests.erasure.ErasurePlans;
import org.privacyrequests.intake.IncomingMails;
import org.privacyrequests.lookup.FoundRecords;
import org.privacyrequests.lookup.PersonalDataSearch;
import org.privacyrequests.lookup.PersonalRecord;
import org.privacyrequests.lookup.TableDescription;
import org.privacyrequests.notifications.MailDelivery;
import org.privacyrequests.requests.DataSubjectRequest;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.privacyrequests.requests.RequestType;
import org.privacyrequests.requests.RequestTypes;
import org.privacyrequests.references.References;
import org.springframework.stereotype.Service;

/**
 * A request's or complaint's case file as support reads it on the staff pages: what the person wrote, the deadline and
 * the tasks still open, the audit trail, every mail in and out, the records found and the erasure plan. Values are
 * handed to the templates as they read (dates in the company's zone, in the staff language); codes stay codes here and
 * the templates give them their words from {@code web/staff-texts_<language>.properties}, except the data categories,
 * which are the company's own and read as its connector configuration words them.
 */
@Service
class CaseFiles {

    static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";

    private final DataSubjectRequestRepository requests;
    private final PrivacyComplaints complaints;
    private final AuditTrail audit;
    private final IncomingMails incomingMails;
    private final MailDelivery mails;
    private final FoundRecords foundRecords;
    private final PersonalDataSearch search;
    private final ErasurePlans erasurePlans;
    private final TaskService tasks;
    private final CompanyProperties company;
    private final DataCategories categories;
    private final Clock clock;

    CaseFiles(DataSubjectRequestRepository requests, PrivacyComplaints complaints, AuditTrail audit, IncomingMails incomingMails,
              MailDelivery mails, FoundRecords foundRecords, PersonalDataSearch search, ErasurePlans erasurePlans, TaskService tasks,
              CompanyProperties company, DataCategories categories, Clock clock) {
        this.requests = requests;
        this.complaints = complaints;
        this.audit = audit;
        this.incomingMails = incomingMails;
        this.mails = mails;
        this.foundRecords = foundRecords;
        this.search = search;
        this.erasurePlans = erasurePlans;
        this.tasks = tasks;
        this.company = company;
        this.categories = categories;
        this.clock = clock;
    }

    /** The language the staff pages speak: {@code privacy.company.staff-language}. */
    String language() {
        return Languages.supportedOrDefault(company.staffLanguage());
    }

    Optional<DataSubjectRequest> request(String reference) {
        return References.isRequest(reference) ? requests.find(reference) : Optional.empty();
    }

    Optional<PrivacyComplaint> complaint(String reference) {
        return References.isComplaint(reference) ? complaints.find(reference) : Optional.empty();
    }

    /** The request page: the request itself, its deadline, what is left to do, the audit trail and the correspondence. */
    Map<String, Object> requestPage(DataSubjectRequest r) {
        ReadableValues readable = readable();
        Map<String, Object> page = new HashMap<>();
        page.put("reference", r.reference());
        page.put("requesterEmail", r.requesterEmail());
        page.put("requesterName", Objects.requireNonNullElse(r.requesterName(), ""));
        page.put("text", Objects.requireNonNullElse(r.requestText(), ""));
        page.put("rights", RequestTypes.read(r.requestTypes()).codes());
        page.put("requestLanguage", Objects.requireNonNullElse(r.language(), ""));
        page.put("channel", Objects.requireNonNullElse(r.channel(), ""));
        page.put("receivedAt", readable.dateAndTime(r.receivedAt()));
        page.put("status", r.status().name());
        page.put("extensionReason", Objects.requireNonNullElse(r.extensionReason(), ""));
        page.put("outcomes", requests.outcomes(r.reference()).stream().map(Enum::name).toList());
        page.put("closedAt", r.closedAt() == null ? "" : readable.dateAndTime(r.closedAt()));
        page.putAll(deadline(r.deadline(), r.status() == DataSubjectRequest.RequestStatus.CLOSED, readable));
        page.put("openTasks", openTasks(r.reference(), readable));
        page.put("auditTrail", auditTrail(r.reference(), readable));
        page.put("correspondence", correspondence(r.reference(), readable));
        page.put("hasErasure", RequestTypes.read(r.requestTypes()).contains(RequestType.ERASURE));
        return page;
    }

    /** The complaint page: what the complainant wrote, category, outcome, deadline, open tasks, audit trail and mails. */
    Map<String, Object> complaintPage(PrivacyComplaint c) {
        ReadableValues readable = readable();
        Map<String, Object> page = new HashMap<>();
        page.put("reference", c.reference());
        page.put("complainantEmail", c.complainantEmail());
        page.put("complainantName", Objects.requireNonNullElse(c.complainantName(), ""));
        page.put("text", Objects.requireNonNullElse(c.complaintText(), ""));
        page.put("requestLanguage", Objects.requireNonNullElse(c.language(), ""));
        page.put("channel", Objects.requireNonNullElse(c.channel(), ""));
        page.put("receivedAt", readable.dateAndTime(c.receivedAt()));
        page.put("status", c.status().name());
        page.put("category", c.category() == null ? "" : c.category().name());
        page.put("outcome", c.outcome() == null ? "" : c.outcome().name());
        page.put("relatedRequest", Objects.requireNonNullElse(c.relatedRequest(), ""));
        page.put("closedAt", c.closedAt() == null ? "" : readable.dateAndTime(c.closedAt()));
        page.putAll(deadline(c.deadline(), c.status() == PrivacyComplaint.Status.CLOSED, readable));
        page.put("openTasks", openTasks(c.reference(), readable));
        page.put("auditTrail", auditTrail(c.reference(), readable));
        page.put("correspondence", correspondence(c.reference(), readable));
        return page;
    }

    /** The records found, per system: each record's kind, whose it is, and its fields under their labels. */
    Map<String, Object> recordsPage(DataSubjectRequest r) {
        ReadableValues readable = readable();
        String language = language();
        Map<String, List<Map<String, Object>>> bySystem = new LinkedHashMap<>();
        for (PersonalRecord record : foundRecords.of(r.reference())) {
            TableDescription table = table(record.source(), record.recordType());
            List<Map<String, Object>> fields = new ArrayList<>();
            record.fields().forEach((column, value) -> fields.add(Map.of(
                    "label", table.label(column, language).orElseGet(() -> ReadableValues.humanised(column)),
                    "value", readable.value(value))));
            Map<String, Object> row = new HashMap<>();
            row.put("categoryLabel", categories.label(record.category().code(), language));
            row.put("role", record.role().name());
            row.put("fields", fields);
            row.put("recordDate", record.recordDate() == null ? "" : readable.value(record.recordDate().toString()));
            row.put("relationshipActive", record.relationshipActive());
            row.put("relationshipEndedOn", record.relationshipEndedOn() == null ? "" : readable.value(record.relationshipEndedOn().toString()));
            bySystem.computeIfAbsent(record.source(), s -> new ArrayList<>()).add(row);
        }
        Map<String, Object> page = new HashMap<>();
        page.put("reference", r.reference());
        page.put("requesterEmail", r.requesterEmail());
        page.put("systems", bySystem.entrySet().stream().map(e -> Map.of("name", e.getKey(), "records", e.getValue())).toList());
        return page;
    }

    /** The erasure plan, line by line: what happens to which record, until when it is kept, and why. */
    Map<String, Object> erasurePlanPage(DataSubjectRequest r) {
        ReadableValues readable = readable();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (ErasurePlanItem item : erasurePlans.of(r.reference())) {
            Map<String, Object> line = new HashMap<>();
            line.put("source", item.source());
            line.put("categoryLabel", item.category() == null ? "" : categories.label(item.category(), language()));
            line.put("action", item.action().name());
            line.put("keepUntil", item.keepUntil() == null ? "" : readable.value(item.keepUntil().toString()));
            line.putAll(keepCondition(item.keepCondition()));
            line.put("legalGround", Objects.requireNonNullElse(item.legalGround(), ""));
            line.put("executedAt", item.executedAt() == null ? "" : readable.dateAndTime(item.executedAt()));
            lines.add(line);
        }
        Map<String, Object> page = new HashMap<>();
        page.put("reference", r.reference());
        page.put("requesterEmail", r.requesterEmail());
        page.put("lines", lines);
        return page;
    }

    /**
     * The stored condition of a line kept without a date yet ({@code while-customer}, or {@code after-relationship:P7Y}
     * as the erasure planner writes it) as the template words it: the condition and the period in one unit.
     */
    static Map<String, Object> keepCondition(String stored) {
        Map<String, Object> condition = new HashMap<>();
        condition.put("keepCondition", "");
        if (stored == null || stored.isBlank()) {
            return condition;
        }
        int colon = stored.indexOf(':');
        condition.put("keepCondition", colon < 0 ? stored : stored.substring(0, colon));
        if (colon >= 0) {
            try {
                var period = org.privacyrequests.policy.PeriodInOneUnit.of(Period.parse(stored.substring(colon + 1)));
                condition.put("periodAmount", period.amount());
                condition.put("periodUnit", period.unit());
            } catch (java.time.format.DateTimeParseException noPeriod) {
                // Shown without a period: the condition alone still says why it is kept.
            }
        }
        return condition;
    }

    private Map<String, Object> deadline(Instant deadline, boolean closed, ReadableValues readable) {
        Map<String, Object> d = new HashMap<>();
        d.put("deadline", deadline == null ? "" : readable.date(deadline));
        long daysLeft = deadline == null ? 0 : ChronoUnit.DAYS.between(today(), deadline.atZone(company.zone()).toLocalDate());
        d.put("daysLeft", daysLeft);
        d.put("deadlineState", closed || deadline == null ? "closed" : daysLeft < 0 ? "overdue" : daysLeft == 0 ? "today" : "open");
        return d;
    }

    private List<Map<String, Object>> openTasks(String reference, ReadableValues readable) {
        List<Map<String, Object>> open = new ArrayList<>();
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(reference).active().orderByTaskCreateTime().asc().list()) {
            Map<String, Object> t = new HashMap<>();
            t.put("name", Objects.requireNonNullElse(task.getName(), ""));
            t.put("assignee", Objects.requireNonNullElse(task.getAssignee(), ""));
            t.put("created", task.getCreateTime() == null ? "" : readable.dateAndTime(task.getCreateTime().toInstant()));
            t.put("due", task.getDueDate() == null ? "" : readable.date(task.getDueDate().toInstant()));
            t.put("link", TASKLIST + task.getId());
            open.add(t);
        }
        return open;
    }

    private List<Map<String, Object>> auditTrail(String reference, ReadableValues readable) {
        return audit.of(reference).stream().map(e -> {
            Map<String, Object> entry = new HashMap<>();
            entry.put("at", readable.dateAndTime(e.occurredAt()));
            entry.put("actor", Objects.requireNonNullElse(e.actor(), ""));
            String action = Objects.requireNonNullElse(e.action(), "");
            // "Verify identity completed": a task's name and what became of it, recorded by the task listeners.
            boolean taskCompleted = action.endsWith(" completed") && !action.equals(" completed");
            entry.put("action", action);
            entry.put("actionKey", taskCompleted ? "task-completed" : key(action));
            entry.put("task", taskCompleted ? action.substring(0, action.length() - " completed".length()) : "");
            entry.put("detail", readableDetail(e.detail(), readable));
            return entry;
        }).toList();
    }

    /** Every mail in (the correspondence the intake kept) and out (the log of sent mails), in the order they went. */
    private List<Map<String, Object>> correspondence(String reference, ReadableValues readable) {
        record Mail(Instant at, Map<String, Object> shown) {
        }
        List<Mail> all = new ArrayList<>();
        for (Map<String, Object> in : incomingMails.correspondenceOf(reference)) {
            Instant at = instant(in.get("received_at"));
            Map<String, Object> mail = new HashMap<>();
            mail.put("direction", "in");
            mail.put("at", readable.dateAndTime(at));
            mail.put("from", Objects.toString(in.get("from_address"), ""));
            mail.put("subject", Objects.toString(in.get("subject"), ""));
            mail.put("body", Objects.toString(in.get("body"), ""));
            all.add(new Mail(at, mail));
        }
        for (MailDelivery.SentMail out : mails.sentAbout(reference)) {
            Map<String, Object> mail = new HashMap<>();
            mail.put("direction", "out");
            mail.put("at", readable.dateAndTime(out.sentAt()));
            mail.put("to", out.recipient());
            mail.put("template", out.template());
            all.add(new Mail(out.sentAt(), mail));
        }
        return all.stream().sorted(Comparator.comparing(Mail::at)).map(Mail::shown).toList();
    }

    private TableDescription table(String source, String recordType) {
        try {
            return search.source(source).description().table(recordType);
        } catch (RuntimeException sourceNoLongerConfigured) {
            return TableDescription.NONE;
        }
    }

    /**
     * An audit entry's detail as staff read it: the moments and dates in it written out in the company's zone, and without
     * the Markdown emphasis some steps record for the forms ("**Keep**"). The words themselves stay as recorded.
     */
    static String readableDetail(String detail, ReadableValues readable) {
        if (detail == null) {
            return "";
        }
        String plain = detail.replace("**", "");
        Matcher m = ISO_MOMENT_OR_DATE.matcher(plain);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(readable.value(m.group()))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Pattern ISO_MOMENT_OR_DATE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?");

    /** The texts' key of an audit action: "Request received" is {@code request-received}. */
    static String key(String action) {
        return action == null ? "" : action.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        return Instant.parse(String.valueOf(value));
    }

    private ReadableValues readable() {
        return new ReadableValues(language(), company.zone());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), company.zone());
    }
}
