package org.privacyrequests.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 19, figure 1: the engine cost of our model (the product's requests against the same model with
 * no-op delegates, with the jobs and transactions each takes to its first task), and, as information, request
 * throughput against a bare one-task process; on H2 and on PostgreSQL.
 */
class RequestThroughputBenchmark {

    static final int RUNS = Integer.getInteger("bench.runs", 5);
    static final int REQUESTS_PER_RUN = Integer.getInteger("bench.requests", 100);
    static final int WARM_UP = Integer.getInteger("bench.warmup", 100);

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
        Throughput.deployNoOpModel(nodes.get(0));
        // Warm-up: the first requests load classes, templates and connections, and the JIT compiles both paths
        // (with ten each, the no-op's time per request still fell by a third over the runs).
        Throughput.bareRate(nodes, WARM_UP);
        Throughput.requestRate(nodes, WARM_UP, "warm-up");
        Throughput.noOpRate(nodes, WARM_UP, "warm-up");
        List<Double> bare = new ArrayList<>();
        List<Double> noOp = new ArrayList<>();
        List<Double> ours = new ArrayList<>();
        long ourJobs = 0;
        long noOpJobs = 0;
        long failed = Throughput.jobsFailed(nodes.get(0));
        for (int run = 0; run < RUNS; run++) {
            bare.add(Throughput.bareRate(nodes, REQUESTS_PER_RUN / nodes.size()));
            // Turn about which goes first: each run leaves more open instances (and variables) behind, which the
            // engine's queries read past, so always going second would count against one of the two.
            for (boolean noOpTurn : run % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                long jobs = Throughput.jobsDone(nodes.get(0));
                if (noOpTurn) {
                    noOp.add(Throughput.noOpRate(nodes, REQUESTS_PER_RUN / nodes.size(), what.replaceAll("\\W", "") + run));
                    noOpJobs += Throughput.jobsDone(nodes.get(0)) - jobs;
                } else {
                    ours.add(Throughput.requestRate(nodes, REQUESTS_PER_RUN / nodes.size(), what.replaceAll("\\W", "") + run));
                    ourJobs += Throughput.jobsDone(nodes.get(0)) - jobs;
                }
            }
        }
        failed = Throughput.jobsFailed(nodes.get(0)) - failed;
        double requests = (double) RUNS * (REQUESTS_PER_RUN / nodes.size()) * nodes.size();
        String perRequest = String.format(java.util.Locale.ROOT, "%.1f jobs, %.1f transactions per request (no-op model: %.1f jobs)%s",
                ourJobs / requests, ourJobs / requests + 1, noOpJobs / requests, failed == 0 ? "" : ", " + failed + " jobs failed");
        Bench.Stats model = Bench.Stats.of(Bench.ratios(ours, noOp));
        Bench.report(what + ", engine cost of our model: requests to first user task per second against the same model with no-op "
                        + "delegates; " + perRequest, Bench.Stats.of(noOp).format("/s"), Bench.Stats.of(ours).format("/s"), model, "≥ 0.8",
                model.median() >= 0.8);
        Bench.Stats ratio = Bench.Stats.of(Bench.ratios(ours, bare));
        Bench.inform(what + " (requests to first user task per second, against a bare one-task process)", Bench.Stats.of(bare).format("/s"),
                Bench.Stats.of(ours).format("/s"), ratio);
    }
}
