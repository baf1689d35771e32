package org.privacyrequests.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.variable.VariableMap;
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
    static final String NO_OP = "data-subject-request-no-op";
    static final String NO_OP_DELEGATE = "benchmarkNoOpDelegate";

    private Throughput() {
    }

    static void deployBareProcess(ConfigurableApplicationContext node) {
        var model = Bpmn.createExecutableProcess(BARE).camundaHistoryTimeToLive(180)
                .startEvent().userTask("Task_Only").name("Only task").endEvent().done();
        engine(node).getRepositoryService().createDeployment().name("benchmark baseline").enableDuplicateFiltering(true)
                .addModelInstance(BARE + ".bpmn", model).deploy();
    }

    /**
     * Deploys the product's request model as it is deployed, under a key of its own, with every delegate
     * expression (service tasks, listeners) calling one delegate that does nothing and every message renamed
     * (a message start event's name must be unique). Gateways, timers, input mappings, asynchronous
     * boundaries and event sub-processes stay as they are: what is left is what the engine does for the model.
     */
    static void deployNoOpModel(ConfigurableApplicationContext node) throws Exception {
        if (!node.getBeanFactory().containsSingleton(NO_OP_DELEGATE)) {
            node.getBeanFactory().registerSingleton(NO_OP_DELEGATE, new NoOpDelegate());
        }
        var repository = engine(node).getRepositoryService();
        var product = repository.createProcessDefinitionQuery().processDefinitionKey("data-subject-request").latestVersion().singleResult();
        String xml;
        try (var in = repository.getResourceAsStream(product.getDeploymentId(), product.getResourceName())) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String noOp = xml.replace("<process id=\"data-subject-request\"", "<process id=\"" + NO_OP + "\"")
                .replaceAll("delegateExpression=\"\\$\\{[^}]*}\"", "delegateExpression=\"\\${" + NO_OP_DELEGATE + "}\"")
                .replaceAll("(<message id=\"[^\"]*\" name=\")([^\"]*)\"", "$1$2-no-op\"");
        if (!noOp.contains("<process id=\"" + NO_OP + "\"") || !noOp.contains("${" + NO_OP_DELEGATE + "}")) {
            throw new IllegalStateException("The request model was not rewritten as expected");
        }
        repository.createDeployment().name("benchmark: request model with no-op delegates").enableDuplicateFiltering(true)
                .addString(NO_OP + ".bpmn", noOp).deploy();
    }

    /**
     * Instances of the no-op model per second to their first user task. Each starts with the variables a
     * product request holds at that task (taken from one), so the engine writes the same variables and the
     * gateways take the same way (rights clear, address not on file) without the delegates that set them.
     */
    static double noOpRate(List<ConfigurableApplicationContext> nodes, int perNode, String runName) throws Exception {
        var runtime = engine(nodes.get(0)).getRuntimeService();
        var tasks = engine(nodes.get(0)).getTaskService();
        var sample = tasks.createTaskQuery().processDefinitionKey("data-subject-request").taskDefinitionKey("UserTask_VerifyIdentity")
                .listPage(0, 1).get(0);
        VariableMap variables = runtime.getVariablesTyped(sample.getProcessInstanceId(), false);
        long before = tasks.createTaskQuery().processDefinitionKey(NO_OP).count();
        long start = System.nanoTime();
        parallel(nodes, node -> {
            int nodeIndex = nodes.indexOf(node);
            for (int i = 0; i < perNode; i++) {
                engine(node).getRuntimeService().createMessageCorrelation("DataSubjectRequestReceived-no-op")
                        .processInstanceBusinessKey("no-op-" + runName + "-" + nodeIndex + "-" + i).setVariables(variables)
                        .correlateStartMessage();
            }
        });
        long expected = before + (long) nodes.size() * perNode;
        Bench.waitUntil(600_000, () -> tasks.createTaskQuery().processDefinitionKey(NO_OP).count() >= expected);
        return nodes.size() * perNode / seconds(start);
    }

    /**
     * Jobs the engine ran successfully so far (its own metric, written out now): each job is a transaction
     * of its own, so jobs per request plus the one that filed it are its transactions to the first task.
     */
    static long jobsDone(ConfigurableApplicationContext node) {
        var configuration = (ProcessEngineConfigurationImpl) engine(node).getProcessEngineConfiguration();
        configuration.getDbMetricsReporter().reportNow();
        return engine(node).getManagementService().createMetricsQuery().name(Metrics.JOB_SUCCESSFUL).sum();
    }

    static long jobsFailed(ConfigurableApplicationContext node) {
        ((ProcessEngineConfigurationImpl) engine(node).getProcessEngineConfiguration()).getDbMetricsReporter().reportNow();
        return engine(node).getManagementService().createMetricsQuery().name(Metrics.JOB_FAILED).sum();
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

    /** A service task, an execution listener or a task listener that does nothing. */
    static final class NoOpDelegate implements JavaDelegate, ExecutionListener, TaskListener {

        @Override
        public void execute(DelegateExecution execution) {
        }

        @Override
        public void notify(DelegateExecution execution) {
        }

        @Override
        public void notify(DelegateTask task) {
        }
    }

    interface NodeWork {
        void run(ConfigurableApplicationContext node) throws Exception;
    }
}
