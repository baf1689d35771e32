package org.privacyrequests.benchmark;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.privacyrequests.sla.SlaOverviewQuery;
import org.privacyrequests.sla.SlaOverviewSnapshot;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 9, figure 4: the managers' SLA overview with 100,000 open requests against 1,000, on H2 and PostgreSQL. */
class SlaOverviewBenchmark {

    static final int RUNS = 5;
    static final int READS = 20;

    @Test
    void on_h2() {
        try (ConfigurableApplicationContext node = Bench.nodeOnH2("bench-sla", false)) {
            measure("SLA overview, H2", node);
        }
    }

    @Test
    void on_postgresql() {
        Assumptions.assumeTrue(Bench.freshPostgresDatabase("bench_sla"));
        try (ConfigurableApplicationContext node = Bench.nodeOnPostgres("bench_sla", false)) {
            measure("SLA overview, PostgreSQL", node);
        }
    }

    private static void measure(String what, ConfigurableApplicationContext node) {
        SlaOverviewQuery query = node.getBean(SlaOverviewQuery.class);
        SlaOverviewSnapshot snapshot = node.getBean(SlaOverviewSnapshot.class);
        JdbcTemplate jdbc = new JdbcTemplate(node.getBean(javax.sql.DataSource.class));
        openRequests(jdbc, 0, 1_000);
        jdbc.execute("ANALYZE");
        List<Double> thousand = new ArrayList<>();
        List<Double> thousandPage = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            thousand.add(medianRead(query::read));
            thousandPage.add(medianRead(snapshot::current));
        }
        openRequests(jdbc, 1_000, 100_000);
        jdbc.execute("ANALYZE");
        List<Double> hundredThousand = new ArrayList<>();
        List<Double> hundredThousandPage = new ArrayList<>();
        // A new snapshot for the new numbers: the first page view after its age works it out.
        Bench.waitUntil(60_000, () -> snapshot.current().open().total() >= 100_000);
        for (int run = 0; run < RUNS; run++) {
            hundredThousand.add(medianRead(query::read));
            hundredThousandPage.add(medianRead(snapshot::current));
        }
        Bench.Stats pageRatio = Bench.Stats.of(Bench.ratios(hundredThousandPage, thousandPage));
        Bench.report(what + ", a manager's page read (snapshot of at most 30 s): 100,000 open requests against 1,000 (median of "
                + READS + " reads per run)", Bench.Stats.of(thousandPage).format(" ms"), Bench.Stats.of(hundredThousandPage).format(" ms"),
                pageRatio, "< 3", pageRatio.median() < 3);
        Bench.Stats ratio = Bench.Stats.of(Bench.ratios(hundredThousand, thousand));
        // Information only (issue 19): what a manager waits for is the page read; the query runs once per snapshot.
        Bench.inform(what + ", working the overview out (the query, once per snapshot): 100,000 open requests against 1,000",
                Bench.Stats.of(thousand).format(" ms"), Bench.Stats.of(hundredThousand).format(" ms"), ratio);
    }

    private static double medianRead(Runnable read) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < READS; i++) {
            long start = System.nanoTime();
            read.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        return Bench.Stats.of(times).median();
    }

    /** Open request records (no processes: the overview reads the records only), deadlines spread over eight weeks. */
    private static void openRequests(JdbcTemplate jdbc, int from, int to) {
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Instant received = now.minus(Duration.ofHours(i % (56 * 24)));
            rows.add(new Object[] {"BENCH-" + i, "open" + i + "@bench.example", i % 3 == 0 ? "access,erasure" : "access",
                    Timestamp.from(received), Timestamp.from(received.plus(Duration.ofDays(28))), i % 20 == 0 ? "Complex" : null});
            if (rows.size() == 5_000 || i == to - 1) {
                jdbc.batchUpdate("INSERT INTO data_subject_request (reference, requester_email, request_types, language, channel, "
                        + "received_at, deadline, extension_reason, status) VALUES (?, ?, ?, 'nl', 'api', ?, ?, ?, 'OPEN')", rows);
                rows.clear();
            }
        }
    }
}
