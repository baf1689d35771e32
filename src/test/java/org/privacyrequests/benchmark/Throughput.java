package org.privacyrequests.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.privacyrequests.requests.NewRequest;
import org.privacyrequests.requests.RequestIntake;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Requests started and driven to their first user task per second, on one node or several sharing one
 * database (each files its share at the same time), against a bare process of one user task started on the
 * same nodes and database.
 */
final class Throughput {

    static final String BARE = "bare-one-user-task";

    private Throughput() {
    }

    static void deployBareProcess(ConfigurableApplicationContext node) {
        var model = Bpmn.createExecutableProcess(BARE).camundaHistoryTimeToLive(180)
                .startEvent().userTask("Task_Only").name("Only task").endEvent().done();
        engine(node).getRepositoryService().createDeployment().name("benchmark baseline").enableDuplicateFiltering(true)
                .addModelInstance(BARE + ".bpmn", model).deploy();
    }

    /** Bare process instances per second: each start runs straight to its user task. */
    static double bareRate(List<ConfigurableApplicationContext> nodes, int perNode) throws Exception {
        long start = System.nanoTime();
        parallel(nodes, node -> {
            for (int i = 0; i < perNode; i++) {
                engine(node).getRuntimeService().startProcessInstanceByKey(BARE);
            }
        });
        return nodes.size() * perNode / seconds(start);
    }

    /** Requests per second from filing to their first user task ("Verify identity": the addresses are unknown). */
    static double requestRate(List<ConfigurableApplicationContext> nodes, int perNode, String runName) throws Exception {
        var tasks = engine(nodes.get(0)).getTaskService();
        long before = tasks.createTaskQuery().processDefinitionKey("data-subject-request").count();
        long cpuBefore = cpuNanos();
        long start = System.nanoTime();
        parallel(nodes, node -> {
            RequestIntake intake = node.getBean(RequestIntake.class);
            int nodeIndex = nodes.indexOf(node);
            for (int i = 0; i < perNode; i++) {
                intake.file(new NewRequest("bench-" + runName + "-" + nodeIndex + "-" + i + "@example.org", null, List.of("access"),
                        "Graag inzage in mijn gegevens.", "nl", null), "api");
            }
        });
        long expected = before + (long) nodes.size() * perNode;
        Bench.waitUntil(600_000, () -> tasks.createTaskQuery().processDefinitionKey("data-subject-request").count() >= expected);
        double seconds = seconds(start);
        System.out.printf(java.util.Locale.ROOT, "BENCHMARK %s: %d requests in %.2f s, %.2f cores busy%n", runName,
                nodes.size() * perNode, seconds, (cpuNanos() - cpuBefore) / 1e9 / seconds);
        return nodes.size() * perNode / seconds;
    }

    static ProcessEngine engine(ConfigurableApplicationContext node) {
        return node.getBean(ProcessEngine.class);
    }

    private static void parallel(List<ConfigurableApplicationContext> nodes, NodeWork work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (var node : nodes) {
                done.add(threads.submit(() -> {
                    work.run(node);
                    return null;
                }));
            }
            for (var f : done) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }
    }

    /** CPU time of this JVM (all nodes run in it), to tell whether the run was CPU-bound or waiting. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    interface NodeWork {
        void run(ConfigurableApplicationContext node) throws Exception;
    }
}
