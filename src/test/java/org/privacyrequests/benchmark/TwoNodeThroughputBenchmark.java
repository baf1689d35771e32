package org.privacyrequests.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 9, figure 6: two nodes on one PostgreSQL against one node, for request throughput; and no job done
 * twice (every request got exactly one receipt mail).
 */
class TwoNodeThroughputBenchmark {

    @Test
    void two_nodes_against_one_on_postgresql() throws Exception {
        Assumptions.assumeTrue(Bench.freshPostgresDatabase("bench_two_nodes"));
        List<Double> one = new ArrayList<>();
        List<Double> two = new ArrayList<>();
        try (ConfigurableApplicationContext a = Bench.nodeOnPostgres("bench_two_nodes", true)) {
            Throughput.requestRate(List.of(a), 10, "warm-up-a");
            for (int run = 0; run < RequestThroughputBenchmark.RUNS; run++) {
                one.add(Throughput.requestRate(List.of(a), RequestThroughputBenchmark.REQUESTS_PER_RUN, "one" + run));
            }
            try (ConfigurableApplicationContext b = Bench.nodeOnPostgres("bench_two_nodes", true,
                    "--privacy.mail.embedded-server.enabled=false")) {
                Throughput.requestRate(List.of(b), 10, "warm-up-b");
                for (int run = 0; run < RequestThroughputBenchmark.RUNS; run++) {
                    two.add(Throughput.requestRate(List.of(a, b), RequestThroughputBenchmark.REQUESTS_PER_RUN / 2, "two" + run));
                }
            }
            JdbcTemplate jdbc = new JdbcTemplate(a.getBean(javax.sql.DataSource.class));
            Integer twice = jdbc.queryForObject("""
                    SELECT COUNT(*) FROM (SELECT reference FROM sent_mail WHERE template = 'request-received'
                     GROUP BY reference HAVING COUNT(*) > 1) doubled""", Integer.class);
            Integer requests = jdbc.queryForObject("SELECT COUNT(*) FROM data_subject_request WHERE requester_email LIKE 'bench-%'", Integer.class);
            Integer receipts = jdbc.queryForObject("SELECT COUNT(*) FROM sent_mail WHERE template = 'request-received'", Integer.class);
            System.out.println("BENCHMARK two nodes: " + requests + " requests, " + receipts + " receipt mails, " + twice + " sent twice");
            assertThat(twice).as("requests whose receipt went out twice (a job done twice)").isZero();
            assertThat(receipts).isEqualTo(requests);
        }
        Bench.Stats ratio = Bench.Stats.of(Bench.ratios(two, one));
        Bench.report("Two nodes against one, PostgreSQL (requests to first user task per second; no job done twice)",
                Bench.Stats.of(one).format("/s"), Bench.Stats.of(two).format("/s"), ratio, "≥ 1.6", ratio.median() >= 1.6);
    }
}
