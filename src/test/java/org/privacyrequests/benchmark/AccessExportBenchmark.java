package org.privacyrequests.benchmark;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.privacyrequests.access.BenchmarkAccessOverview;
import org.privacyrequests.requests.NewRequest;
import org.privacyrequests.requests.RequestIntake;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 19, figure 4: the access export of a long-standing customer with {@code bench.rows} (100,000) rows across
 * two sources (website visits and support e-mails, half each), on PostgreSQL: the product's "Build access
 * overview" (search every source, the answer, its JSON and CSV copies in a zip, kept) against a plain query of the
 * same rows written as CSV into a zip file, with the resident memory (the goal) and the heap sampled during each.
 */
class AccessExportBenchmark {

    static final int RUNS = Integer.getInteger("bench.runs", 3);
    static final int ROWS = Integer.getInteger("bench.rows", 100_000);
    static final String EMAIL = "long-standing@bench.example";
    static final long FIRST_ID = 200_000_000L;
    static final long LIMIT = 64L << 20;

    @Test
    void on_postgresql() throws Exception {
        Assumptions.assumeTrue(Bench.freshPostgresDatabase("bench_access_export"));
        try (ConfigurableApplicationContext node = Bench.nodeOnPostgres("bench_access_export", false)) {
            JdbcTemplate jdbc = new JdbcTemplate(node.getBean(javax.sql.DataSource.class));
            layDown(jdbc);
            String reference = node.getBean(RequestIntake.class).file(new NewRequest(EMAIL, null, List.of("access"),
                    "Graag inzage in alles wat u van mij heeft.", "nl", null), "api").reference();
            List<Double> baseline = new ArrayList<>();
            List<Double> ours = new ArrayList<>();
            List<Double> baselineMemory = new ArrayList<>();
            List<Double> ourMemory = new ArrayList<>();
            long ourHeap = 0;
            long ourLive = 0;
            for (int run = -1; run < RUNS; run++) {
                MemorySampler memory = MemorySampler.start();
                long start = System.nanoTime();
                long rows = plainExport(jdbc);
                double plainSeconds = (System.nanoTime() - start) / 1e9;
                memory.stop();
                long plainHeap = memory.maxHeapGrowth();
                long plainLive = memory.maxLiveHeapGrowth();
                long plainRss = memory.maxRssGrowth();
                memory = MemorySampler.start();
                start = System.nanoTime();
                long zipBytes = BenchmarkAccessOverview.build(node, reference);
                double seconds = (System.nanoTime() - start) / 1e9;
                memory.stop();
                System.out.printf(java.util.Locale.ROOT, "BENCHMARK access export run %d: plain %d rows in %.2f s (RSS +%d MB, live heap +%d MB, "
                                + "heap with garbage +%d MB); ours %.2f s, zip %d kB (RSS +%d MB, live heap +%d MB, heap with garbage +%d MB)%n",
                        run, rows, plainSeconds, plainRss >> 20, plainLive >> 20, plainHeap >> 20, seconds,
                        zipBytes >> 10, memory.maxRssGrowth() >> 20, memory.maxLiveHeapGrowth() >> 20, memory.maxHeapGrowth() >> 20);
                if (rows != ROWS) {
                    throw new AssertionError("The plain query found " + rows + " rows, not " + ROWS);
                }
                Long kept = jdbc.queryForObject("SELECT COUNT(*) FROM found_record WHERE reference = ?", Long.class, reference);
                if (kept == null || kept != ROWS) {
                    throw new AssertionError("The search kept " + kept + " records, not " + ROWS);
                }
                if (run >= 0) {
                    // The first round warms up and is not counted.
                    baseline.add(plainSeconds);
                    ours.add(seconds);
                    baselineMemory.add((double) (plainRss >> 20));
                    ourMemory.add((double) (memory.maxRssGrowth() >> 20));
                    ourHeap = Math.max(ourHeap, memory.maxHeapGrowth());
                    ourLive = Math.max(ourLive, memory.maxLiveHeapGrowth());
                }
            }
            Bench.Stats ratio = Bench.Stats.of(Bench.ratios(ours, baseline));
            String what = String.format(java.util.Locale.ROOT, "Access export, PostgreSQL: a customer with %,d rows in two sources, "
                    + "\"Build access overview\" (search, answer, JSON and CSV copies in a zip, kept) against a plain query of the rows "
                    + "written as CSV into a zip", ROWS);
            Bench.report(what + ", time", Bench.Stats.of(baseline).format(" s"), Bench.Stats.of(ours).format(" s"), ratio, "≤ 2", ratio.median() <= 2);
            Bench.Stats memoryRatio = Bench.Stats.of(Bench.ratios(ourMemory, baselineMemory.stream().map(m -> Math.max(1, m)).toList()));
            // The goal is the resident memory (RSS) the process grows by; the live heap (the old generation after collections)
            // says what the export held, the heap in use with its garbage what it left to collect: information.
            Bench.report(what + String.format(java.util.Locale.ROOT, ", resident memory (RSS) growth during the export (ours at most: "
                            + "live heap +%d MB, heap in use with garbage +%d MB)", ourLive >> 20, ourHeap >> 20),
                    Bench.Stats.of(baselineMemory).format(" MB"), Bench.Stats.of(ourMemory).format(" MB"), memoryRatio, "< 64 MB (absolute, every run)",
                    Bench.Stats.of(ourMemory).max() < LIMIT >> 20);
        }
    }

    /** Half the rows as website visits, half as support e-mails, all of one address, over the last years. */
    private static void layDown(JdbcTemplate jdbc) {
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        jdbc.update("""
                INSERT INTO website_visit (id, visitor_email, ip_address, page, visited_at)
                SELECT ? + g, ?, '10.1.' || (g % 250) || '.1', '/docs/page-' || (g % 500), CAST(? AS TIMESTAMP WITH TIME ZONE) - g * INTERVAL '5 minutes'
                  FROM generate_series(1, ?) g""", FIRST_ID, EMAIL, now, ROWS / 2);
        jdbc.update("""
                INSERT INTO support_email (id, from_address, subject, body, received_at)
                SELECT ? + g, ?, 'Question ' || g, 'How do I set up picking for my second warehouse? Kind regards',
                       CAST(? AS TIMESTAMP WITH TIME ZONE) - g * INTERVAL '5 minutes'
                  FROM generate_series(1, ?) g""", FIRST_ID, EMAIL, now, ROWS - ROWS / 2);
        jdbc.execute("ANALYZE");
    }

    /** The baseline: each table's rows of the address, streamed from the database as CSV into a zip file. */
    private static long plainExport(JdbcTemplate jdbc) throws IOException {
        Path file = Files.createTempFile("plain-export", ".zip");
        long[] rows = {0};
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(1_000);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            for (String[] table : new String[][] {{"website_visit", "visitor_email"}, {"support_email", "from_address"}}) {
                zip.putNextEntry(new ZipEntry(table[0] + ".csv"));
                // PostgreSQL streams rows (fetch size) only inside a transaction.
                new org.springframework.transaction.support.TransactionTemplate(new org.springframework.jdbc.datasource.DataSourceTransactionManager(
                        jdbc.getDataSource())).executeWithoutResult(tx -> streaming.query("SELECT * FROM " + table[0] + " WHERE " + table[1]
                        + " = ? ORDER BY id", rs -> {
                            ResultSetMetaData meta = rs.getMetaData();
                            try {
                                for (int c = 1; c <= meta.getColumnCount(); c++) {
                                    out.write(c > 1 ? "," : "");
                                    String value = rs.getString(c);
                                    out.write(value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"");
                                }
                                out.write("\r\n");
                            } catch (IOException e) {
                                throw new IllegalStateException(e);
                            }
                            rows[0]++;
                        }, EMAIL));
                out.flush();
                zip.closeEntry();
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return rows[0];
    }
}
