package org.privacyrequests.audit;

import org.privacyrequests.minimisation.KeepsCaseData;
import org.privacyrequests.minimisation.CaseReferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import java.util.Collection;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.privacyrequests.engine.EngineUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The accountability record of every request: who decided what, when, and on which ground. Entries name
 * categories and outcomes, never the personal data itself.
 */
@Service
public class AuditTrail implements KeepsCaseData {

    public static final String SYSTEM = "system";

    private final JdbcTemplate jdbc;
    private final EngineUsers engineUsers;
    private final Clock clock;

    public AuditTrail(JdbcTemplate jdbc, EngineUsers engineUsers, Clock clock) {
        this.jdbc = jdbc;
        this.engineUsers = engineUsers;
        this.clock = clock;
    }

    /** Records a step taken by whoever is logged in (or the system, for automatic steps). */
    public void record(String reference, String action, String detail) {
        recordBy(reference, currentActor(), action, detail);
    }

    public void recordBy(String reference, String actor, String action, String detail) {
        jdbc.update("INSERT INTO audit_entry (reference, occurred_at, actor, action, detail) VALUES (?, ?, ?, ?, ?)",
                reference, Timestamp.from(clock.instant()), actor, action,
                detail == null ? null : truncate(detail, 2000));
    }

    public List<AuditEntry> of(String reference) {
        return jdbc.query("SELECT occurred_at, actor, action, detail FROM audit_entry WHERE reference = ? ORDER BY id",
                (rs, i) -> new AuditEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)),
                reference);
    }

    public String currentActor() {
        return engineUsers.current().map(EngineUsers.EngineUser::id).orElse(SYSTEM);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public record AuditEntry(Instant occurredAt, String actor, String action, String detail) {
    }

    /** The audit trail of closed cases (and of lifted legal holds), once the accountability period is over. */
    @Override
    public int forgetRecords(Collection<String> closedCases, Instant before) {
        return CaseReferences.update(new NamedParameterJdbcTemplate(jdbc), "DELETE FROM audit_entry WHERE reference IN (:references)", closedCases);
    }
}
