package org.privacyrequests.objection;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.privacyrequests.minimisation.KeepsCaseData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * How a manager weighed an objection on the person's particular situation (Art. 21(1)): upheld or refused, and why,
 * as a row the answer is written from. Goes with the request's records.
 */
@Repository
class ObjectionDecisions implements KeepsCaseData {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ObjectionDecisions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(String reference, boolean upheld, String reasons, String decidedBy) {
        jdbc.update("INSERT INTO objection_decision (reference, upheld, reasons, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)",
                reference, upheld, reasons, decidedBy, Timestamp.from(clock.instant()));
    }

    Optional<Weighed> latest(String reference) {
        return jdbc.query("SELECT * FROM objection_decision WHERE reference = ? ORDER BY id DESC", (rs, i) -> new Weighed(
                rs.getBoolean("upheld"), rs.getString("reasons"), rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant()),
                reference).stream().findFirst();
    }

    @Override
    public int forgetRecords(Collection<String> closedCases, Instant before) {
        int n = 0;
        for (String reference : closedCases) {
            n += jdbc.update("DELETE FROM objection_decision WHERE reference = ?", reference);
        }
        return n;
    }

    record Weighed(boolean upheld, String reasons, String decidedBy, Instant decidedAt) {
    }
}
