package org.privacyrequests.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.sla.SlaOverview.DueCase;
import org.privacyrequests.sla.SlaOverview.HandlingTime;
import org.privacyrequests.sla.SlaOverview.OpenWork;
import org.privacyrequests.sla.SlaOverview.OutcomeCount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Works out the SLA overview's figures in one round trip: one SQL statement of three grouped parts over the request and
 * complaint records (no call per case, no process variables). Its cost grows with the open cases, as every
 * open deadline is counted; pages read it through {@link SlaOverviewSnapshot}. Months are the company's (Amsterdam),
 * whatever the database server's zone. Portable between H2 and PostgreSQL.
 *
 * <p>Which cases are overdue or due within the week is read apart, the earliest deadlines first and at most
 * {@value #LISTED} of each (the index on status and deadline serves it), so a manager sees where to start however
 * many are late; the counts say how many there are in all. Only for those listed is their process looked up, for the
 * link to Cockpit.
 */
@Service
public class SlaOverviewQuery {

    /** How far back the handling times and outcome counts look. */
    static final int MONTHS = 12;
    /** How many overdue cases, and how many due within the week, the overview lists by name. */
    static final int LISTED = 50;

    private static final String DUE_REQUESTS = """
            SELECT reference, request_types AS subject, deadline, CASE WHEN extension_reason IS NULL THEN 0 ELSE 1 END AS extended
              FROM data_subject_request WHERE status IN ('OPEN', 'OVERDUE') AND deadline >= ? AND deadline < ?
             ORDER BY deadline, reference FETCH FIRST %d ROWS ONLY
            """.formatted(LISTED);
    private static final String DUE_COMPLAINTS = """
            SELECT reference, category AS subject, deadline, 0 AS extended
              FROM privacy_complaint WHERE status <> 'CLOSED' AND deadline >= ? AND deadline < ?
             ORDER BY deadline, reference FETCH FIRST %d ROWS ONLY
            """.formatted(LISTED);
    /** Earlier than any deadline: the lower bound of "overdue". */
    private static final Timestamp LONG_AGO = Timestamp.from(Instant.parse("1970-01-01T00:00:00Z"));

    private static final String SQL = """
            SELECT 'open' AS part, kind AS k1, bucket AS k2, COUNT(*) AS n, SUM(extended) AS x, NULL AS median_days, NULL AS p90_days
              FROM (SELECT kind, extended,
                           CASE WHEN deadline < ? THEN 'overdue' WHEN deadline < ? THEN 'dueThisWeek' ELSE 'later' END AS bucket
                      FROM (SELECT 'request' AS kind, deadline, CASE WHEN extension_reason IS NULL THEN 0 ELSE 1 END AS extended
                              FROM data_subject_request WHERE status IN ('OPEN', 'OVERDUE')
                            UNION ALL
                            SELECT 'complaint', deadline, 0 FROM privacy_complaint WHERE status <> 'CLOSED') open_cases) bucketed
             GROUP BY kind, bucket
            UNION ALL
            SELECT 'handling', kind, CAST(closed_year * 100 + closed_month AS VARCHAR(6)), COUNT(*), 0,
                   PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY days), PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY days)
              FROM (SELECT 'request' AS kind, EXTRACT(YEAR FROM closed_at AT TIME ZONE '{company-zone}') AS closed_year,
                           EXTRACT(MONTH FROM closed_at AT TIME ZONE '{company-zone}') AS closed_month,
                           (EXTRACT(EPOCH FROM closed_at) - EXTRACT(EPOCH FROM received_at)) / 86400.0 AS days
                      FROM data_subject_request WHERE status = 'CLOSED' AND closed_at >= ?
                    UNION ALL
                    SELECT 'complaint', EXTRACT(YEAR FROM closed_at AT TIME ZONE '{company-zone}'), EXTRACT(MONTH FROM closed_at AT TIME ZONE '{company-zone}'),
                           (EXTRACT(EPOCH FROM closed_at) - EXTRACT(EPOCH FROM received_at)) / 86400.0
                      FROM privacy_complaint WHERE status = 'CLOSED' AND closed_at >= ?) closed_cases
             GROUP BY kind, closed_year, closed_month
            UNION ALL
            SELECT 'outcome', d.request_types,
                   CASE WHEN d.status <> 'CLOSED' THEN '*|open' WHEN o.outcome IS NULL THEN '*|closed'
                        ELSE CONCAT(CONCAT(COALESCE(o.right_code, '*'), '|'), o.outcome) END,
                   COUNT(*), 0, NULL, NULL
              FROM data_subject_request d LEFT JOIN request_outcome o ON o.reference = d.reference AND d.status = 'CLOSED'
             WHERE d.received_at >= ?
             GROUP BY d.request_types, CASE WHEN d.status <> 'CLOSED' THEN '*|open' WHEN o.outcome IS NULL THEN '*|closed'
                        ELSE CONCAT(CONCAT(COALESCE(o.right_code, '*'), '|'), o.outcome) END
            UNION ALL
            SELECT 'outcome', 'complaint', CASE WHEN status = 'CLOSED' THEN COALESCE(outcome, 'closed') ELSE 'open' END,
                   COUNT(*), 0, NULL, NULL
              FROM privacy_complaint WHERE received_at >= ?
             GROUP BY CASE WHEN status = 'CLOSED' THEN COALESCE(outcome, 'closed') ELSE 'open' END
            """;

    private final JdbcTemplate jdbc;
    private final String sql;
    private final Clock clock;
    private final CompanyProperties company;
    private final StaffLabels labels;
    private final DueCases dueCases;

    SlaOverviewQuery(JdbcTemplate jdbc, Clock clock, CompanyProperties company, StaffLabels labels, DueCases dueCases) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.company = company;
        this.labels = labels;
        this.dueCases = dueCases;
        this.sql = SQL.replace("{company-zone}", company.zone().getId());
    }

    public SlaOverview read() {
        Instant now = clock.instant();
        Timestamp nowTs = Timestamp.from(now);
        Timestamp weekAhead = Timestamp.from(now.plus(Duration.ofDays(7)));
        ZonedDateTime firstMonth = now.atZone(company.zone()).withDayOfMonth(1).toLocalDate()
                .minusMonths(MONTHS - 1L).atStartOfDay(company.zone());
        Timestamp since = Timestamp.from(firstMonth.toInstant());

        Map<String, long[]> open = new LinkedHashMap<>();
        open.put("request", new long[4]);
        open.put("complaint", new long[4]);
        List<HandlingTime> handling = new ArrayList<>();
        Map<String, Map<String, Long>> outcomes = new TreeMap<>();
        jdbc.query(sql, rs -> {
            String part = rs.getString("part");
            String k1 = rs.getString("k1");
            String k2 = rs.getString("k2");
            long n = rs.getLong("n");
            switch (part) {
                case "open" -> {
                    long[] counts = open.get(k1);
                    counts[switch (k2) { case "overdue" -> 0; case "dueThisWeek" -> 1; default -> 2; }] += n;
                    counts[3] += rs.getLong("x");
                }
                case "handling" -> handling.add(new HandlingTime(k2.substring(0, 4) + "-" + k2.substring(4), k1, labels.kind(k1), n,
                        rs.getDouble("median_days"), rs.getDouble("p90_days")));
                default -> {
                    if (k1.equals("complaint")) {
                        outcomes.computeIfAbsent(k1, t -> new TreeMap<>()).merge(k2, n, Long::sum);
                    } else {
                        countOutcome(outcomes, k1, k2, n);
                    }
                }
            }
        }, nowTs, weekAhead, since, since, since, since);

        List<OpenWork> byKind = open.entrySet().stream()
                .map(e -> new OpenWork(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
        OpenWork all = new OpenWork("all", byKind.stream().mapToLong(OpenWork::overdue).sum(),
                byKind.stream().mapToLong(OpenWork::dueThisWeek).sum(), byKind.stream().mapToLong(OpenWork::later).sum(),
                byKind.stream().mapToLong(OpenWork::extended).sum());
        handling.sort((a, b) -> a.month().equals(b.month()) ? b.kind().compareTo(a.kind()) : a.month().compareTo(b.month()));
        List<OutcomeCount> outcomeCounts = new ArrayList<>();
        outcomes.forEach((type, perOutcome) -> perOutcome.forEach((outcome, n) -> outcomeCounts.add(type.equals("complaint")
                ? new OutcomeCount(type, labels.kind(type), outcome, labels.complaintOutcome(outcome), n)
                : new OutcomeCount(type, labels.right(type), outcome, labels.requestOutcome(outcome), n))));
        return new SlaOverview(now, all, byKind, due(LONG_AGO, nowTs, now), due(nowTs, weekAhead, now), handling, outcomeCounts);
    }

    /** The open requests and complaints whose deadline lies in [from, to), earliest first, at most {@link #LISTED}. */
    private List<DueCase> due(Timestamp from, Timestamp to, Instant now) {
        List<DueCase> cases = new ArrayList<>();
        jdbc.query(DUE_REQUESTS, rs -> {
            cases.add(dueCase("request", rs, now));
        }, from, to);
        jdbc.query(DUE_COMPLAINTS, rs -> {
            cases.add(dueCase("complaint", rs, now));
        }, from, to);
        return cases.stream().sorted(Comparator.comparing(DueCase::deadline).thenComparing(DueCase::reference)).limit(LISTED).toList();
    }

    private DueCase dueCase(String kind, ResultSet rs, Instant now) throws SQLException {
        return dueCases.of(kind, rs.getString("reference"), rs.getString("subject"), rs.getTimestamp("deadline").toInstant(),
                rs.getInt("extended") == 1, now, null);
    }

    /**
     * One outcome row of the requests with these rights: "right|OUTCOME" counts for that right; "*|OUTCOME" (the whole
     * request, such as nothing held) and "*|open" or "*|closed" count once for each right the request asked for.
     */
    private static void countOutcome(Map<String, Map<String, Long>> outcomes, String types, String rightAndOutcome, long n) {
        String right = rightAndOutcome.substring(0, rightAndOutcome.indexOf('|'));
        String code = rightAndOutcome.substring(rightAndOutcome.indexOf('|') + 1);
        for (String type : right.equals("*") ? types.split(",") : new String[] {right}) {
            outcomes.computeIfAbsent(type, t -> new TreeMap<>()).merge(code, n, Long::sum);
        }
    }
}
