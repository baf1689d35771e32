package org.privacyrequests.benchmark;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.privacyrequests.retention.RetentionSweeps;
import org.privacyrequests.retention.SweepLine;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 19, figure 3: the retention sweep at scale. Website visits due for anonymisation (14 months after the
 * visit) and support e-mails due for erasure (5 years after receipt), {@code bench.rows} of each (1,000,000),
 * in the demo tables on PostgreSQL. The product's sweep runs its real path: a manager asks for it
 * (request-retention-sweep.bpmn), the job executor works out the plan, a manager approves it, the job executor
 * carries it out in batches and records the result (retention-enforcement.bpmn). Its rows per second, from the
 * ask to the sweep's end, are set against one set-based statement per table doing the same on the same data
 * (laid down afresh before each), with the heap and the resident memory sampled during the sweep.
 */
class RetentionSweepBenchmark {

    static final int RUNS = Integer.getInteger("bench.runs", 1);
    static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);
    /** Ids of the benchmark's rows, above the demo data's. */
    static final long FIRST_ID = 100_000_000L;

    @Test
    void on_postgresql() throws Exception {
        Assumptions.assumeTrue(Bench.freshPostgresDatabase("bench_retention"));
        try (ConfigurableApplicationContext node = Bench.nodeOnPostgres("bench_retention", true)) {
            JdbcTemplate jdbc = new JdbcTemplate(node.getBean(javax.sql.DataSource.class));
            ProcessEngine engine = node.getBean(ProcessEngine.class);
            RetentionSweeps sweeps = node.getBean(RetentionSweeps.class);
            // What is due of the demo data goes first, so each measured sweep has the benchmark's rows alone.
            sweep(engine, sweeps);
            List<Double> baseline = new ArrayList<>();
            List<Double> ours = new ArrayList<>();
            long heapGrowth = 0;
            long rssGrowth = 0;
            for (int run = 0; run < RUNS; run++) {
                layDown(jdbc);
                baseline.add(setBased(jdbc));
                layDown(jdbc);
                MemorySampler memory = MemorySampler.start();
                long start = System.nanoTime();
                long rows = sweep(engine, sweeps);
                double seconds = (System.nanoTime() - start) / 1e9;
                memory.stop();
                heapGrowth = Math.max(heapGrowth, memory.maxHeapGrowth());
                rssGrowth = Math.max(rssGrowth, memory.maxRssGrowth());
                if (rows != 2L * ROWS) {
                    throw new AssertionError("The sweep changed " + rows + " rows, not " + 2L * ROWS);
                }
                System.out.printf(java.util.Locale.ROOT, "BENCHMARK retention run %d: %d rows in %.1f s; heap +%d MB, RSS +%d MB%n",
                        run, rows, seconds, memory.maxHeapGrowth() >> 20, memory.maxRssGrowth() >> 20);
                ours.add(rows / seconds);
            }
            Bench.Stats ratio = Bench.Stats.of(Bench.ratios(ours, baseline));
            Bench.report(String.format(java.util.Locale.ROOT, "Retention sweep, PostgreSQL: %,d website visits anonymised and %,d support e-mails "
                            + "erased, rows per second of the sweep (asked, planned, approved, carried out, recorded) against one set-based "
                            + "statement per table on the same data (%d run(s)); memory during the sweep: heap at most +%d MB, RSS at most +%d MB",
                            ROWS, ROWS, RUNS, heapGrowth >> 20, rssGrowth >> 20),
                    Bench.Stats.of(baseline).format(" rows/s"), Bench.Stats.of(ours).format(" rows/s"), ratio, "≥ 0.5", ratio.median() >= 0.5);
        }
    }

    /** The benchmark's rows, due since long before any cutoff; the ones of an earlier run removed first. */
    private static void layDown(JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM website_visit WHERE id >= ?", FIRST_ID);
        jdbc.update("DELETE FROM support_email WHERE id >= ?", FIRST_ID);
        Timestamp longAgo = Timestamp.from(LocalDate.now().minusYears(6).atStartOfDay().toInstant(ZoneOffset.UTC));
        jdbc.update("""
                INSERT INTO website_visit (id, visitor_email, ip_address, page, visited_at)
                SELECT ? + g, 'visitor' || g || '@bench.example', '10.' || (g % 250) || '.' || (g / 250 % 250) || '.1', '/pricing',
                       CAST(? AS TIMESTAMP WITH TIME ZONE) - g * INTERVAL '1 second'
                  FROM generate_series(1, ?) g""", FIRST_ID, longAgo, ROWS);
        jdbc.update("""
                INSERT INTO support_email (id, from_address, subject, body, received_at)
                SELECT ? + g, 'writer' || g || '@bench.example', 'Question ' || g, 'How do I import my orders?',
                       CAST(? AS TIMESTAMP WITH TIME ZONE) - g * INTERVAL '1 second'
                  FROM generate_series(1, ?) g""", FIRST_ID, longAgo, ROWS);
        jdbc.execute("VACUUM ANALYZE website_visit");
        jdbc.execute("VACUUM ANALYZE support_email");
    }

    /** The baseline: one statement per table, the same cutoffs as the retention policy's, rows per second. */
    private static double setBased(JdbcTemplate jdbc) {
        Timestamp visitsCutoff = Timestamp.from(LocalDate.now().minusMonths(14).atStartOfDay().toInstant(ZoneOffset.UTC));
        Timestamp mailsCutoff = Timestamp.from(LocalDate.now().minusYears(5).atStartOfDay().toInstant(ZoneOffset.UTC));
        long start = System.nanoTime();
        int rows = jdbc.update("UPDATE website_visit SET visitor_email = NULL, ip_address = NULL WHERE visited_at < ? "
                + "AND (visitor_email IS NOT NULL OR ip_address IS NOT NULL)", visitsCutoff);
        rows += jdbc.update("DELETE FROM support_email WHERE received_at < ?", mailsCutoff);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "BENCHMARK retention set-based: %d rows in %.1f s%n", rows, seconds);
        return rows / seconds;
    }

    /** A manager asks for a sweep, approves its plan when it waits for that; returns the rows it changed. */
    private static long sweep(ProcessEngine engine, RetentionSweeps sweeps) {
        String instanceId;
        engine.getIdentityService().setAuthentication("manager", List.of("managers"));
        try {
            var asked = engine.getRuntimeService().startProcessInstanceByKey("request-retention-sweep", Map.of("dryRun", false));
            instanceId = (String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(asked.getId())
                    .variableName("sweepProcessInstanceId").singleResult().getValue();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        var history = engine.getHistoryService();
        Bench.waitUntil(3_600_000, () -> {
            var approval = engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
                    .taskDefinitionKey("UserTask_ApproveSweep").singleResult();
            if (approval != null) {
                engine.getIdentityService().setAuthentication("manager2", List.of("managers"));
                try {
                    engine.getTaskService().complete(approval.getId(), Map.of("sweepApproved", "yes"));
                } finally {
                    engine.getIdentityService().clearAuthentication();
                }
            }
            var instance = history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult();
            if (engine.getRuntimeService().createIncidentQuery().processInstanceId(instanceId).count() > 0) {
                throw new AssertionError("The sweep has an incident");
            }
            return instance != null && instance.getEndTime() != null;
        });
        String reference = history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult().getBusinessKey();
        long sweepId = Long.parseLong(reference.substring("RS-".length()));
        return sweeps.lines(sweepId).stream().mapToLong(SweepLine::rowsDone).sum();
    }
}
