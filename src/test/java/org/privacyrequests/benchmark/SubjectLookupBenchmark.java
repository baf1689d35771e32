package org.privacyrequests.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.privacyrequests.demo.LargeDemoData;
import org.privacyrequests.lookup.PersonalDataSearch;
import org.privacyrequests.lookup.PersonalDataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 9, figure 3: finding all of one person's data across every source, on the large demo set
 * (1,000,000 orders, 100,000 customers) against the same look-ups on the small demo set, in one run.
 */
class SubjectLookupBenchmark {

    static final int RUNS = 3;
    static final int SAMPLES = 100;
    static final List<String> DEMO_PEOPLE = List.of("jan@bakkerijdevries.nl", "sanne@fietsenjansen.nl", "piet.bakker@example.org",
            "lisa@visserdesign.nl", "emma.smit@example.com");

    @Test
    void large_demo_set_against_the_small_one() {
        try (ConfigurableApplicationContext node = Bench.nodeOnH2("bench-lookup", false)) {
            PersonalDataSearch search = node.getBean(PersonalDataSearch.class);
            // Warm-up: the first look-ups compile the code paths; they would make the small set look slow.
            for (int i = 0; i < 5; i++) {
                lookups(search, DEMO_PEOPLE);
            }
            List<List<Double>> small = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                small.add(lookups(search, DEMO_PEOPLE));
            }
            long start = System.nanoTime();
            new LargeDemoData(new JdbcTemplate(node.getBean(javax.sql.DataSource.class)), 100_000, 1_000_000).run(null);
            System.out.printf("BENCHMARK large demo set loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
            List<String> people = new ArrayList<>(DEMO_PEOPLE);
            people.addAll(List.of("customer4711@large.example", "customer99999@large.example", "consumer12345@large.example",
                    "consumer77777@large.example", "consumer99998@large.example"));
            List<List<Double>> large = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                large.add(lookups(search, people));
            }
            List<Double> smallP95 = small.stream().map(s -> Bench.Stats.percentile(s, 0.95)).toList();
            List<Double> largeP95 = large.stream().map(s -> Bench.Stats.percentile(s, 0.95)).toList();
            List<Double> smallP50 = small.stream().map(s -> Bench.Stats.percentile(s, 0.5)).toList();
            List<Double> largeP50 = large.stream().map(s -> Bench.Stats.percentile(s, 0.5)).toList();
            Bench.Stats ratio = Bench.Stats.of(Bench.ratios(largeP95, smallP95));
            Bench.report("Subject look-up across all sources, p95 (p50 in brackets), large demo set against small",
                    Bench.Stats.of(smallP95).format(" ms") + " (p50 " + Bench.Stats.of(smallP50).format(" ms") + ")",
                    Bench.Stats.of(largeP95).format(" ms") + " (p50 " + Bench.Stats.of(largeP50).format(" ms") + ")",
                    ratio, "< 3", ratio.median() < 3);
        }
    }

    /** Milliseconds per look-up of one person across every source, for each sample. */
    private static List<Double> lookups(PersonalDataSearch search, List<String> people) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            var identity = new PersonalDataSource.Identity(people.get(i % people.size()), Map.of());
            long start = System.nanoTime();
            for (PersonalDataSource source : search.sources()) {
                source.find(identity);
            }
            times.add((System.nanoTime() - start) / 1e6);
        }
        return times;
    }
}
