package org.privacyrequests.erasure;

import org.privacyrequests.minimisation.KeepsCaseData;
import org.privacyrequests.minimisation.CaseReferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import java.util.Collection;
import java.time.Instant;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.privacyrequests.lookup.PersonalDataSource.ErasureAction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The erasure plans of requests ({@code erasure_plan_item}): prepared, approved, then carried out line by line. */
@Repository
public class ErasurePlans implements KeepsCaseData {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ErasurePlans(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void replace(String reference, List<ErasurePlanItem> items) {
        jdbc.update("DELETE FROM erasure_plan_item WHERE reference = ?", reference);
        for (ErasurePlanItem i : items) {
            jdbc.update("""
                    INSERT INTO erasure_plan_item (reference, source, record_type, record_id, category, action, keep_until,
                        keep_condition, legal_ground) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    reference, i.source(), i.recordType(), i.recordId(), i.category(), i.action().name(),
                    i.keepUntil() == null ? null : Date.valueOf(i.keepUntil()), i.keepCondition(), i.legalGround());
        }
    }

    public List<ErasurePlanItem> of(String reference) {
        return jdbc.query("SELECT * FROM erasure_plan_item WHERE reference = ? ORDER BY id", (rs, n) -> new ErasurePlanItem(
                rs.getLong("id"), rs.getString("reference"), rs.getString("source"), rs.getString("record_type"),
                rs.getString("record_id"), rs.getString("category"), ErasureAction.valueOf(rs.getString("action")),
                rs.getDate("keep_until") == null ? null : rs.getDate("keep_until").toLocalDate(),
                rs.getString("keep_condition"), rs.getString("legal_ground"),
                rs.getTimestamp("executed_at") == null ? null : rs.getTimestamp("executed_at").toInstant()), reference);
    }

    /**
     * A fingerprint of the plan as it stands (each line's record, action and keep date, not how far it got): the
     * preparer and the approver each sign this, and the erasure runs only on the plan with that fingerprint.
     */
    public String digest(String reference) {
        StringBuilder lines = new StringBuilder();
        for (ErasurePlanItem i : of(reference)) {
            lines.append(i.id()).append('\u001f').append(i.source()).append('\u001f').append(i.recordType()).append('\u001f')
                    .append(i.recordId()).append('\u001f').append(i.action()).append('\u001f').append(i.keepUntil()).append('\n');
        }
        return org.privacyrequests.web.LinkTokens.hash(lines.toString());
    }

    public void markExecuted(long itemId) {
        jdbc.update("UPDATE erasure_plan_item SET executed_at = ? WHERE id = ?",
                Timestamp.from(clock.instant()), itemId);
    }

    @Override
    public int forgetRecords(Collection<String> closedCases, java.time.Instant before) {
        return CaseReferences.update(new NamedParameterJdbcTemplate(jdbc), "DELETE FROM erasure_plan_item WHERE reference IN (:references)", closedCases);
    }
}
