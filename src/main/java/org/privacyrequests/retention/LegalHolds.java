package org.privacyrequests.retention;

import org.privacyrequests.minimisation.KeepsCaseData;
import java.util.Collection;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** People whose data no retention sweep touches while a hold is on (a dispute, a claim, an inquiry). */
@Repository
class LegalHolds implements KeepsCaseData {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public LegalHolds(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long place(String email, String reason, String placedBy) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var insert = con.prepareStatement("INSERT INTO legal_hold (email, reason, placed_by, placed_at) VALUES (?, ?, ?, ?)",
                    new String[] {"id"});
            insert.setString(1, email.trim().toLowerCase(Locale.ROOT));
            insert.setString(2, reason);
            insert.setString(3, placedBy);
            insert.setTimestamp(4, Timestamp.from(now()));
            return insert;
        }, key);
        return java.util.Objects.requireNonNull(key.getKey()).longValue();
    }

    public boolean lift(long id) {
        return jdbc.update("UPDATE legal_hold SET lifted_at = ? WHERE id = ? AND lifted_at IS NULL", Timestamp.from(now()), id) == 1;
    }

    public List<LegalHold> active() {
        return jdbc.query("SELECT id, email, reason, placed_by, placed_at FROM legal_hold WHERE lifted_at IS NULL ORDER BY id",
                (rs, i) -> new LegalHold(rs.getLong("id"), rs.getString("email"), rs.getString("reason"), rs.getString("placed_by"),
                        rs.getTimestamp("placed_at").toInstant()));
    }

    /** A hold in force: whose data, why, placed by whom and when. */
    public record LegalHold(long id, String email, String reason, String placedBy, Instant placedAt) {
    }

    public List<String> activeAddresses() {
        return jdbc.queryForList("SELECT DISTINCT email FROM legal_hold WHERE lifted_at IS NULL", String.class);
    }

    private Instant now() {
        return clock.instant();
    }

    /** Legal holds lifted before the date, by the reference their audit entries carry ("LH-12"). */
    @Override
    public List<String> casesClosedBefore(Instant before) {
        return jdbc.queryForList("SELECT CONCAT('LH-', CAST(id AS VARCHAR(20))) FROM legal_hold WHERE lifted_at < ?", String.class,
                Timestamp.from(before));
    }

    @Override
    public int forgetRecords(Collection<String> closedCases, Instant before) {
        return jdbc.update("DELETE FROM legal_hold WHERE lifted_at < ?", Timestamp.from(before));
    }
}
