package org.privacyrequests.requests;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The decisions taken on each request, as rows. Only the product's own code writes them; nothing reaches
 * this table from a process variable that a REST call could have set.
 */
@Repository
public class RequestDecisions {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public RequestDecisions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String reference, Decision decision, Basis basis, String decidedBy) {
        record(reference, decision, basis, decidedBy, null);
    }

    public void record(String reference, Decision decision, Basis basis, String decidedBy, String planDigest) {
        jdbc.update("INSERT INTO request_decision (reference, decision, basis, decided_by, decided_at, plan_digest) VALUES (?, ?, ?, ?, ?, ?)",
                reference, decision.name(), basis.name(), decidedBy, Timestamp.from(clock.instant()), planDigest);
    }

    /** The latest decision of this kind on the request, if any. */
    public Optional<RecordedDecision> latest(String reference, Decision decision) {
        return all(reference).stream().filter(d -> d.decision() == decision).reduce((first, second) -> second);
    }

    public List<RecordedDecision> all(String reference) {
        return jdbc.query("SELECT * FROM request_decision WHERE reference = ? ORDER BY id", (rs, i) -> new RecordedDecision(
                rs.getLong("id"), rs.getString("reference"), Decision.valueOf(rs.getString("decision")),
                Basis.valueOf(rs.getString("basis")), rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant(),
                rs.getString("plan_digest")), reference);
    }
}
