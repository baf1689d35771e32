package org.privacyrequests.access;

import org.privacyrequests.minimisation.KeepsCaseData;
import org.privacyrequests.minimisation.CaseReferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import java.util.Collection;
import java.time.Instant;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The access answer prepared for a request: the readable overview and the machine-readable copy. */
@Repository
public class AccessAnswers implements KeepsCaseData {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AccessAnswers(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void save(String reference, AccessOverview overview) {
        jdbc.update("DELETE FROM access_answer WHERE reference = ?", reference);
        jdbc.update("""
                INSERT INTO access_answer (reference, overview_html, machine_readable_json, export_zip, created_at)
                VALUES (?, ?, ?, ?, ?)""",
                reference, overview.html(), overview.json(), Base64.getEncoder().encodeToString(overview.zip()),
                Timestamp.from(clock.instant()));
    }

    public Optional<AccessOverview> find(String reference) {
        return jdbc.query("SELECT overview_html, machine_readable_json, export_zip FROM access_answer WHERE reference = ?",
                (rs, i) -> new AccessOverview(rs.getString(1), rs.getString(2),
                        rs.getString(3) == null ? new byte[0] : Base64.getDecoder().decode(rs.getString(3))), reference)
                .stream().findFirst();
    }

    /** When the overview now waiting to be sent was built. */
    public Optional<java.time.Instant> builtAt(String reference) {
        return jdbc.queryForList("SELECT created_at FROM access_answer WHERE reference = ?", Timestamp.class, reference)
                .stream().map(Timestamp::toInstant).findFirst();
    }

    public void markSent(String reference) {
        jdbc.update("UPDATE access_answer SET sent_at = ? WHERE reference = ?", Timestamp.from(clock.instant()), reference);
    }

    /** The readable overview, the machine-readable JSON, and the zip (JSON plus a CSV per table) sent with the answer. */
    public record AccessOverview(String html, String json, byte[] zip) {
    }

    /** The answers of closed cases, and an export that went out before the date, even while other rights are handled. */
    @Override
    public int forgetGathered(Collection<String> closedCases, Instant before) {
        return CaseReferences.update(new NamedParameterJdbcTemplate(jdbc), "DELETE FROM access_answer WHERE reference IN (:references)", closedCases)
                + jdbc.update("DELETE FROM access_answer WHERE sent_at < ?", Timestamp.from(before));
    }

    @Override
    public int forgetRecords(Collection<String> closedCases, Instant before) {
        return CaseReferences.update(new NamedParameterJdbcTemplate(jdbc), "DELETE FROM access_answer WHERE reference IN (:references)", closedCases);
    }
}
