package org.privacyrequests.complaints;

import org.privacyrequests.minimisation.KeepsCaseData;
import org.privacyrequests.minimisation.CaseReferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import java.util.Collection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Stores complaint records in {@code privacy_complaint} and counts them for the managers. */
@Repository
public class PrivacyComplaints implements KeepsCaseData {

    private final JdbcTemplate jdbc;

    public PrivacyComplaints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(PrivacyComplaint c) {
        jdbc.update("""
                INSERT INTO privacy_complaint (reference, complainant_email, complainant_name, complaint_text, language, channel,
                    received_at, deadline, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')""",
                c.reference(), c.complainantEmail(), c.complainantName(), c.complaintText(), c.language(), c.channel(),
                Timestamp.from(c.receivedAt()), Timestamp.from(c.deadline()));
    }

    public Optional<PrivacyComplaint> find(String reference) {
        return jdbc.query("SELECT * FROM privacy_complaint WHERE reference = ?", this::map, reference).stream().findFirst();
    }

    public boolean exists(String reference) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM privacy_complaint WHERE reference = ?", Integer.class, reference);
        return n != null && n > 0;
    }

    public void recordAssessment(String reference, ComplaintCategory category, String relatedRequest) {
        jdbc.update("UPDATE privacy_complaint SET category = ?, related_request = ? WHERE reference = ?", category.code(), relatedRequest, reference);
    }

    public String sourceMessageId(String reference) {
        var ids = jdbc.queryForList("SELECT source_message_id FROM privacy_complaint WHERE reference = ?", String.class, reference);
        return ids.isEmpty() ? null : ids.get(0);
    }

    public void recordSourceMessage(String reference, String messageId) {
        jdbc.update("UPDATE privacy_complaint SET source_message_id = ? WHERE reference = ?", messageId, reference);
    }

    public void recordOutcome(String reference, ComplaintOutcome outcome) {
        jdbc.update("UPDATE privacy_complaint SET outcome = ? WHERE reference = ?", outcome.code(), reference);
    }

    public void markEscalated(String reference) {
        jdbc.update("UPDATE privacy_complaint SET status = 'ESCALATED' WHERE reference = ? AND status = 'OPEN'", reference);
    }

    public void close(String reference, Instant closedAt) {
        jdbc.update("UPDATE privacy_complaint SET status = 'CLOSED', closed_at = ? WHERE reference = ?", Timestamp.from(closedAt), reference);
    }

    /** Complaints per month of receipt, category and outcome, for the managers' overview. */
    public List<Map<String, Object>> countsPerMonthCategoryAndOutcome() {
        return jdbc.queryForList("""
                SELECT EXTRACT(YEAR FROM received_at) AS received_year, EXTRACT(MONTH FROM received_at) AS received_month,
                       COALESCE(category, 'unassessed') AS category, COALESCE(outcome, 'open') AS outcome, COUNT(*) AS complaints
                FROM privacy_complaint
                GROUP BY EXTRACT(YEAR FROM received_at), EXTRACT(MONTH FROM received_at), COALESCE(category, 'unassessed'),
                         COALESCE(outcome, 'open')
                ORDER BY 1, 2, 3, 4""");
    }

    private PrivacyComplaint map(ResultSet rs, int row) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new PrivacyComplaint(rs.getString("reference"), rs.getString("complainant_email"), rs.getString("complainant_name"),
                rs.getString("complaint_text"), rs.getString("language"), rs.getString("channel"),
                rs.getTimestamp("received_at").toInstant(), rs.getTimestamp("deadline").toInstant(),
                ComplaintCategory.fromCode(rs.getString("category")).orElse(null), rs.getString("related_request"),
                PrivacyComplaint.Status.valueOf(rs.getString("status")), ComplaintOutcome.fromCode(rs.getString("outcome")).orElse(null),
                closed == null ? null : closed.toInstant());
    }

    @Override
    public List<String> casesClosedBefore(Instant before) {
        return jdbc.queryForList("SELECT reference FROM privacy_complaint WHERE status = 'CLOSED' AND closed_at < ?", String.class,
                Timestamp.from(before));
    }

    @Override
    public int forgetRecords(Collection<String> closedCases, Instant before) {
        return CaseReferences.update(new NamedParameterJdbcTemplate(jdbc), "DELETE FROM privacy_complaint WHERE reference IN (:references)", closedCases);
    }
}
