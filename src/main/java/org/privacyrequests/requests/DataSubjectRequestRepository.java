package org.privacyrequests.requests;

import org.privacyrequests.minimisation.KeepsCaseData;
import org.privacyrequests.minimisation.CaseReferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import java.util.Collection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.privacyrequests.requests.DataSubjectRequest.RequestStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Stores the request records in the application's own table {@code data_subject_request}. */
@Repository
public class DataSubjectRequestRepository implements KeepsCaseData {

    private final JdbcTemplate jdbc;
    private final java.time.Clock clock;

    public DataSubjectRequestRepository(JdbcTemplate jdbc, java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public void insert(DataSubjectRequest r) {
        jdbc.update("""
                INSERT INTO data_subject_request (reference, requester_email, requester_name, request_types, request_text,
                    language, channel, received_at, deadline, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                r.reference(), r.requesterEmail(), r.requesterName(), r.requestTypes(), r.requestText(), r.language(),
                r.channel(), Timestamp.from(r.receivedAt()), Timestamp.from(r.deadline()), r.status().name());
    }

    public Optional<DataSubjectRequest> find(String reference) {
        return jdbc.query("SELECT * FROM data_subject_request WHERE reference = ?", this::map, reference)
                .stream().findFirst();
    }

    /** The process instance registered as the one that works this request, if any. */
    public Optional<String> processInstanceOf(String reference) {
        return jdbc.queryForList("SELECT process_instance_id FROM data_subject_request WHERE reference = ?", String.class, reference)
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** Registers the first process instance that works the request; a later one (same business key) is not registered. */
    public boolean claimProcessInstance(String reference, String processInstanceId) {
        return jdbc.update("UPDATE data_subject_request SET process_instance_id = ? WHERE reference = ? AND process_instance_id IS NULL",
                processInstanceId, reference) == 1 || processInstanceId.equals(processInstanceOf(reference).orElse(null));
    }

    public boolean exists(String reference) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM data_subject_request WHERE reference = ?", Integer.class, reference);
        return n != null && n > 0;
    }

    /** The Message-ID of the requester's mail that started the request, if it came by mail. */
    public String sourceMessageId(String reference) {
        var ids = jdbc.queryForList("SELECT source_message_id FROM data_subject_request WHERE reference = ?", String.class, reference);
        return ids.isEmpty() ? null : ids.get(0);
    }

    public void recordSourceMessage(String reference, String messageId) {
        jdbc.update("UPDATE data_subject_request SET source_message_id = ? WHERE reference = ?", messageId, reference);
    }

    /** Verified identifiers other than the address, by kind (customer-number, phone). */
    public java.util.Map<String, String> otherIdentifiers(String reference) {
        var values = jdbc.queryForList("SELECT other_identifiers FROM data_subject_request WHERE reference = ?", String.class, reference);
        java.util.Map<String, String> identifiers = new java.util.LinkedHashMap<>();
        if (!values.isEmpty() && values.get(0) != null) {
            for (String pair : values.get(0).split("\n")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    identifiers.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return identifiers;
    }

    public void recordOtherIdentifiers(String reference, java.util.Map<String, String> identifiers) {
        String text = identifiers.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().replace("\n", " "))
                .collect(java.util.stream.Collectors.joining("\n"));
        jdbc.update("UPDATE data_subject_request SET other_identifiers = ? WHERE reference = ?", text.isEmpty() ? null : text, reference);
    }

    public void updateRequestTypes(String reference, String requestTypes) {
        jdbc.update("UPDATE data_subject_request SET request_types = ? WHERE reference = ?", requestTypes, reference);
    }

    public void extendDeadline(String reference, Instant newDeadline, String reason) {
        jdbc.update("UPDATE data_subject_request SET deadline = ?, extension_reason = ? WHERE reference = ?",
                Timestamp.from(newDeadline), reason, reference);
    }

    public void markOverdue(String reference) {
        jdbc.update("UPDATE data_subject_request SET status = ? WHERE reference = ? AND status = ?",
                RequestStatus.OVERDUE.name(), reference, RequestStatus.OPEN.name());
    }

    /** Records an outcome of the request, read by people as its label. */
    public void addOutcome(String reference, RequestOutcome outcome) {
        addOutcome(reference, outcome, outcome.label());
    }

    /**
     * Records an outcome: a row for each right it answers that the request asked for (or one for the whole
     * request), and a line of the request's outcome text for people ({@code text}, such as "forwarded to 2
     * webshop(s) as processor").
     */
    public void addOutcome(String reference, RequestOutcome outcome, String text) {
        Timestamp now = Timestamp.from(clock.instant());
        RequestTypes asked = RequestTypes.read(find(reference).map(DataSubjectRequest::requestTypes).orElse(""));
        List<RequestType> rights = outcome.rights().stream().filter(asked::contains).sorted().toList();
        if (rights.isEmpty() && !outcome.rights().isEmpty()) {
            rights = outcome.rights().stream().sorted().limit(1).toList();
        }
        for (RequestType right : rights.isEmpty() ? java.util.Collections.<RequestType>singletonList(null) : rights) {
            jdbc.update("INSERT INTO request_outcome (reference, right_code, outcome, recorded_at) VALUES (?, ?, ?, ?)",
                    reference, right == null ? null : right.code(), outcome.name(), now);
        }
        jdbc.update("""
                UPDATE data_subject_request
                SET outcome = CASE WHEN outcome IS NULL THEN ? ELSE CONCAT(CONCAT(outcome, '; '), ?) END
                WHERE reference = ?""", text, text, reference);
    }

    /** The requests filed from this address, oldest first: what the product holds about the person (their access answer). */
    public List<DataSubjectRequest> ofRequester(String email) {
        return jdbc.query("SELECT * FROM data_subject_request WHERE requester_address = LOWER(?) ORDER BY received_at, reference",
                this::map, email);
    }

    /** The outcomes recorded for a request, once each, in the order they were recorded. */
    public List<RequestOutcome> outcomes(String reference) {
        return jdbc.queryForList("SELECT outcome FROM request_outcome WHERE reference = ? ORDER BY id", String.class, reference).stream()
                .distinct().map(RequestOutcome::fromCode).flatMap(java.util.Optional::stream).toList();
    }

    public void close(String reference, Instant closedAt) {
        jdbc.update("UPDATE data_subject_request SET status = ?, closed_at = ? WHERE reference = ?",
                RequestStatus.CLOSED.name(), Timestamp.from(closedAt), reference);
    }

    private DataSubjectRequest map(ResultSet rs, int row) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new DataSubjectRequest(
                rs.getString("reference"), rs.getString("requester_email"), rs.getString("requester_name"),
                rs.getString("request_types"), rs.getString("request_text"), rs.getString("language"),
                rs.getString("channel"), rs.getTimestamp("received_at").toInstant(), rs.getTimestamp("deadline").toInstant(),
                rs.getString("extension_reason"), RequestStatus.valueOf(rs.getString("status")), rs.getString("outcome"),
                closed == null ? null : closed.toInstant());
    }

    @Override
    public List<String> casesClosedBefore(Instant before) {
        return jdbc.queryForList("SELECT reference FROM data_subject_request WHERE status = 'CLOSED' AND closed_at < ?", String.class,
                Timestamp.from(before));
    }

    /** The identifiers support verified to find the person: needed only while the request is handled. */
    @Override
    public int forgetGathered(Collection<String> closedCases, Instant before) {
        return CaseReferences.update(new NamedParameterJdbcTemplate(jdbc), "UPDATE data_subject_request SET other_identifiers = NULL "
                + "WHERE other_identifiers IS NOT NULL AND reference IN (:references)", closedCases);
    }

    /** The request records, their decisions and outcomes, once the accountability period is over. */
    @Override
    public int forgetRecords(Collection<String> closedCases, Instant before) {
        var named = new NamedParameterJdbcTemplate(jdbc);
        return CaseReferences.update(named, "DELETE FROM request_decision WHERE reference IN (:references)", closedCases)
                + CaseReferences.update(named, "DELETE FROM request_outcome WHERE reference IN (:references)", closedCases)
                + CaseReferences.update(named, "DELETE FROM data_subject_request WHERE reference IN (:references)", closedCases);
    }
}
