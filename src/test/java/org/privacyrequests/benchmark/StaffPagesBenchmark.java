package org.privacyrequests.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.privacyrequests.requests.NewRequest;
import org.privacyrequests.requests.RequestIntake;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 19, figure 5: what support waits for when opening work, with {@code bench.open} (10,000) open requests on
 * PostgreSQL, over HTTP with a support login: a Tasklist task form with its variables (the form's variables and
 * the deployed form, as Tasklist asks for them) and the request's staff page ({@code /api/requests/{ref}} as
 * HTML), p95 of a random sample of the open tasks. The baseline is the engine's bare answer about the same task
 * ({@code GET /engine-rest/task/{id}}); the goal is absolute: under 300 ms.
 */
class StaffPagesBenchmark {

    static final int RUNS = Integer.getInteger("bench.runs", 3);
    static final int OPEN = Integer.getInteger("bench.open", 10_000);
    static final int SAMPLE = 200;

    @Test
    void on_postgresql() throws Exception {
        Assumptions.assumeTrue(Bench.freshPostgresDatabase("bench_staff_pages"));
        // The engine under its usual name, as Tasklist and the REST API address it (one node in this JVM).
        try (ConfigurableApplicationContext node = Bench.nodeOnPostgres("bench_staff_pages", true,
                "--camunda.bpm.generate-unique-process-engine-name=false")) {
            openRequests(node);
            String base = "http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port");
            var tasks = Throughput.engine(node).getTaskService().createTaskQuery().processDefinitionKey("data-subject-request")
                    .taskDefinitionKey("UserTask_VerifyIdentity").list();
            var runtime = Throughput.engine(node).getRuntimeService();
            HttpClient http = HttpClient.newHttpClient();
            Random random = new Random(19);
            List<Double> bare = new ArrayList<>();
            List<Double> form = new ArrayList<>();
            List<Double> page = new ArrayList<>();
            for (int run = -1; run < RUNS; run++) {
                List<Double> bareTimes = new ArrayList<>();
                List<Double> formTimes = new ArrayList<>();
                List<Double> pageTimes = new ArrayList<>();
                for (int i = 0; i < SAMPLE; i++) {
                    Task task = tasks.get(random.nextInt(tasks.size()));
                    String reference = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
                            .getBusinessKey();
                    bareTimes.add(get(http, base + "/engine-rest/task/" + task.getId(), "application/json"));
                    formTimes.add(get(http, base + "/engine-rest/task/" + task.getId() + "/form-variables", "application/json")
                            + get(http, base + "/engine-rest/task/" + task.getId() + "/deployed-form", "application/json"));
                    pageTimes.add(get(http, base + "/api/requests/" + reference, "text/html"));
                }
                if (run >= 0) {
                    // The first round warms up (classes, templates, caches) and is not counted.
                    bare.add(Bench.Stats.percentile(bareTimes, 0.95));
                    form.add(Bench.Stats.percentile(formTimes, 0.95));
                    page.add(Bench.Stats.percentile(pageTimes, 0.95));
                }
            }
            String sized = String.format(java.util.Locale.ROOT, "%,d open requests, p95 of %d random tasks per run, support login over HTTP, "
                    + "against GET /engine-rest/task/{id}", OPEN, SAMPLE);
            Bench.Stats formRatio = Bench.Stats.of(Bench.ratios(form, bare));
            Bench.report("Staff pages, PostgreSQL: opening a Tasklist task form with its variables (form-variables and deployed-form), " + sized,
                    Bench.Stats.of(bare).format(" ms"), Bench.Stats.of(form).format(" ms"), formRatio, "< 300 ms (absolute)",
                    Bench.Stats.of(form).median() < 300);
            Bench.Stats pageRatio = Bench.Stats.of(Bench.ratios(page, bare));
            Bench.report("Staff pages, PostgreSQL: the request's staff page (/api/requests/{ref} as HTML), " + sized,
                    Bench.Stats.of(bare).format(" ms"), Bench.Stats.of(page).format(" ms"), pageRatio, "< 300 ms (absolute)",
                    Bench.Stats.of(page).median() < 300);
        }
    }

    /** Requests filed through the intake (after the first, by two threads), each run to its first task by the job executor. */
    private static void openRequests(ConfigurableApplicationContext node) throws Exception {
        RequestIntake intake = node.getBean(RequestIntake.class);
        // The first one alone: two first requests of a year at once both try to add the year's reference counter.
        intake.file(new NewRequest("open-0@example.org", null, List.of("access"), "Graag inzage in mijn gegevens.", "nl", null), "api");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int thread = t;
                done.add(threads.submit(() -> {
                    for (int i = 1 + thread; i < OPEN; i += 2) {
                        intake.file(new NewRequest("open-" + i + "@example.org", null, List.of("access"), "Graag inzage in mijn gegevens.", "nl",
                                null), "api");
                    }
                    return null;
                }));
            }
            for (var f : done) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }
        var tasks = Throughput.engine(node).getTaskService();
        Bench.waitUntil(3_600_000, () -> tasks.createTaskQuery().processDefinitionKey("data-subject-request")
                .taskDefinitionKey("UserTask_VerifyIdentity").count() >= OPEN);
    }

    /** One GET as support, its time in milliseconds; anything but 200 fails the benchmark. */
    private static double get(HttpClient http, String url, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("support:support".getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double millis = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + url + " answered " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return millis;
    }
}
