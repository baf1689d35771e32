package org.privacyrequests.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Retention sweeps and their plan lines, with how far each line got. */
@Repository
public class RetentionSweeps {

    /** The source name of the lines about the product's own records (gathered data, request records). */
    public static final String OWN_RECORDS = "Privacy requests (own records)";

    public enum Status { PLANNED, DRY_RUN, WAITING_FOR_APPROVAL, REJECTED, RUNNING, DONE, NOTHING_DUE }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public RetentionSweeps(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long create(LocalDate plannedFor, boolean dryRun) {
        Timestamp now = Timestamp.from(clock.instant());
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var insert = con.prepareStatement("INSERT INTO retention_sweep (planned_at, planned_for, dry_run, status, rows_due) "
                    + "VALUES (?, ?, ?, ?, 0)", new String[] {"id"});
            insert.setTimestamp(1, now);
            insert.setDate(2, java.sql.Date.valueOf(plannedFor));
            insert.setBoolean(3, dryRun);
            insert.setString(4, Status.PLANNED.name());
            return insert;
        }, key);
        return java.util.Objects.requireNonNull(key.getKey()).longValue();
    }

    public void addLine(long sweepId, SweepLine line) {
        jdbc.update("INSERT INTO retention_sweep_line (sweep_id, rule, source, table_name, category, action, counted_from, cutoff, "
                        + "rows_due, rows_protected, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                sweepId, line.rule(), line.source(), line.table(), line.category(), line.action(), line.countedFrom(),
                line.cutoff() == null ? null : java.sql.Date.valueOf(line.cutoff()), line.rowsDue(), line.rowsProtected(), line.note());
    }

    public List<SweepLine> lines(long sweepId) {
        return jdbc.query("SELECT * FROM retention_sweep_line WHERE sweep_id = ? ORDER BY id", (rs, i) -> {
            java.sql.Date cutoff = rs.getDate("cutoff");
            return new SweepLine(rs.getLong("id"), rs.getString("rule"), rs.getString("source"), rs.getString("table_name"),
                    rs.getString("category"), rs.getString("action"), rs.getString("counted_from"),
                    cutoff == null ? null : cutoff.toLocalDate(), rs.getLong("rows_due"), rs.getLong("rows_protected"),
                    rs.getLong("rows_done"), rs.getString("note"));
        }, sweepId);
    }

    public void planned(long sweepId, long rowsDue, Status status) {
        jdbc.update("UPDATE retention_sweep SET rows_due = ?, status = ? WHERE id = ?", rowsDue, status.name(), sweepId);
    }

    public void progress(long lineId, long rowsChanged) {
        jdbc.update("UPDATE retention_sweep_line SET rows_done = rows_done + ? WHERE id = ?", rowsChanged, lineId);
    }

    public void lineFinished(long lineId) {
        jdbc.update("UPDATE retention_sweep_line SET finished_at = ? WHERE id = ? AND finished_at IS NULL",
                Timestamp.from(clock.instant()), lineId);
    }

    public void status(long sweepId, Status status, String decidedBy) {
        jdbc.update("UPDATE retention_sweep SET status = ?, decided_by = COALESCE(?, decided_by) WHERE id = ?", status.name(), decidedBy, sweepId);
    }

    public void finished(long sweepId, Status status) {
        jdbc.update("UPDATE retention_sweep SET status = ?, finished_at = ? WHERE id = ?", status.name(),
                Timestamp.from(clock.instant()), sweepId);
    }

    public Map<String, Object> sweep(long sweepId) {
        return jdbc.queryForMap("SELECT * FROM retention_sweep WHERE id = ?", sweepId);
    }

    /** The latest sweeps with their totals, newest first, for the managers' overview. */
    public List<SweepSummary> recent(int limit) {
        return summaries("", limit);
    }

    public java.util.Optional<SweepSummary> summary(long sweepId) {
        return summaries(" WHERE s.id = ?", 1, sweepId).stream().findFirst();
    }

    private List<SweepSummary> summaries(String where, int limit, Object... args) {
        JdbcTemplate limited = new JdbcTemplate(java.util.Objects.requireNonNull(jdbc.getDataSource()));
        limited.setMaxRows(limit);
        return limited.query("""
                SELECT s.id, s.planned_at, s.dry_run, s.status, s.rows_due, s.decided_by, s.finished_at,
                       COALESCE(SUM(CASE WHEN l.action = 'ERASE' THEN l.rows_done ELSE 0 END), 0) AS erased,
                       COALESCE(SUM(CASE WHEN l.action = 'ANONYMISE' THEN l.rows_done ELSE 0 END), 0) AS anonymised,
                       COALESCE(SUM(l.rows_protected), 0) AS skipped
                  FROM retention_sweep s LEFT JOIN retention_sweep_line l ON l.sweep_id = s.id""" + where + """

                 GROUP BY s.id, s.planned_at, s.dry_run, s.status, s.rows_due, s.decided_by, s.finished_at
                 ORDER BY s.id DESC""", (rs, i) -> {
            Timestamp finished = rs.getTimestamp("finished_at");
            return new SweepSummary(rs.getLong("id"), reference(rs.getLong("id")), rs.getTimestamp("planned_at").toInstant(),
                    rs.getBoolean("dry_run"), rs.getString("status"), rs.getLong("rows_due"), rs.getString("decided_by"),
                    finished == null ? null : finished.toInstant(), rs.getLong("erased"), rs.getLong("anonymised"), rs.getLong("skipped"));
        }, args);
    }

    /** One sweep: when it was planned, what kind, how it stands, and its totals over all lines. */
    public record SweepSummary(long id, String reference, Instant plannedAt, boolean dryRun, String status, long rowsDue,
                               String decidedBy, Instant finishedAt, long erased, long anonymised, long skipped) {
    }

    /** The audit trail's reference of a sweep. */
    public static String reference(long sweepId) {
        return "RS-" + sweepId;
    }

}
