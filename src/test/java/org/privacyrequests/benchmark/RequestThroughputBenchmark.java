package org.privacyrequests.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Issue 9, figure 1: request throughput against a bare one-task process, on H2 and on PostgreSQL. */
class RequestThroughputBenchmark {

    static final int RUNS = 5;
    static final int REQUESTS_PER_RUN = 100;

    @Test
    void on_h2() throws Exception {
        try (ConfigurableApplicationContext node = Bench.nodeOnH2("bench-throughput", true)) {
            measure("Request throughput, H2", List.of(node));
        }
    }

    @Test
    void on_postgresql() throws Exception {
        Assumptions.assumeTrue(Bench.freshPostgresDatabase("bench_throughput"));
        try (ConfigurableApplicationContext node = Bench.nodeOnPostgres("bench_throughput", true)) {
            measure("Request throughput, PostgreSQL", List.of(node));
        }
    }

    static void measure(String what, List<ConfigurableApplicationContext> nodes) throws Exception {
        Throughput.deployBareProcess(nodes.get(0));
        // Warm-up: the first requests load classes, templates and connections.
        Throughput.bareRate(nodes, 20);
        Throughput.requestRate(nodes, 10, "warm-up");
        List<Double> bare = new ArrayList<>();
        List<Double> ours = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            bare.add(Throughput.bareRate(nodes, REQUESTS_PER_RUN / nodes.size()));
            ours.add(Throughput.requestRate(nodes, REQUESTS_PER_RUN / nodes.size(), what.replaceAll("\\W", "") + run));
        }
        Bench.Stats ratio = Bench.Stats.of(Bench.ratios(ours, bare));
        Bench.report(what + " (requests to first user task per second)", Bench.Stats.of(bare).format("/s"),
                Bench.Stats.of(ours).format("/s"), ratio, "≥ 0.8", ratio.median() >= 0.8);
    }
}
