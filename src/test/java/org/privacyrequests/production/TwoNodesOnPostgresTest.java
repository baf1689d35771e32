package org.privacyrequests.production;

import static org.privacyrequests.support.Eventually.waitUntil;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.privacyrequests.PrivacyRequestsApplication;
import org.privacyrequests.requests.NewRequest;
import org.privacyrequests.requests.RequestIntake;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes, each with its own engine and job executor, on one real PostgreSQL database, as
 * the product runs behind a load balancer. Skipped, with a message, where no PostgreSQL is reachable.
 */
class TwoNodesOnPostgresTest {

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final String DATABASE = "privacy_cluster_test";
    static final int SMTP_PORT = 23025;

    static GreenMail mailServer;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() throws SQLException {
        boolean reachable;
        try (Connection c = DriverManager.getConnection(SERVER + "test", "postgres", "")) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            c.createStatement().execute("CREATE DATABASE " + DATABASE);
            reachable = true;
        } catch (SQLException e) {
            System.out.println("SKIPPED: no PostgreSQL at 127.0.0.1:5432 (" + e.getMessage() + "): the two-node test did not run");
            reachable = false;
        }
        Assumptions.assumeTrue(reachable, "PostgreSQL at 127.0.0.1:5432 is needed for the two-node test");
        mailServer = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailServer.start();
        // One after the other, as a rolling start: the second node finds the schema and deployment in place.
        nodeA = node();
        nodeB = node();
    }

    @AfterAll
    static void stopNodes() {
        for (var node : new ConfigurableApplicationContext[] {nodeB, nodeA}) {
            if (node != null) {
                node.close();
            }
        }
        if (mailServer != null) {
            mailServer.stop();
        }
    }

    static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(PrivacyRequestsApplication.class, ClusterTestBeans.class)
                .profiles("postgres")
                // As the environment of a real node would set them: the postgres profile reads PRIVACY_DB_*.
                .run("--PRIVACY_DB_URL=" + SERVER + DATABASE,
                        "--PRIVACY_DB_USER=postgres",
                        "--PRIVACY_DB_PASSWORD=",
                        "--server.port=0",
                        "--spring.mail.port=" + SMTP_PORT,
                        "--privacy.mail.embedded-server.enabled=false",
                        "--privacy.intake.mailbox.enabled=false",
                        // Engines of their own names: closing these nodes must not unregister the other tests' engine.
                        "--camunda.bpm.generate-unique-process-engine-name=true",
                        "--camunda.bpm.job-execution.lock-time-in-millis=10000",
                        "--camunda.bpm.job-execution.wait-time-in-millis=500");
    }

    static ProcessEngine engine(ConfigurableApplicationContext node) {
        return node.getBean(ProcessEngine.class);
    }

    @Test
    void a_request_filed_on_one_node_is_worked_on_the_other() {
        var filed = nodeA.getBean(RequestIntake.class).file(new NewRequest("twee.nodes@example.org", null, List.of("access"),
                "Inzage graag", "nl", null), "api");
        ProcessEngine b = engine(nodeB);
        waitUntil(Duration.ofSeconds(30), () -> b.getTaskService().createTaskQuery().processInstanceBusinessKey(filed.reference()).count() == 1);

        var task = b.getTaskService().createTaskQuery().processInstanceBusinessKey(filed.reference()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("UserTask_VerifyIdentity");
        b.getIdentityService().setAuthentication("support", List.of("support"));
        b.getTaskService().complete(task.getId(), Map.of("identityDecision", "verified", "identityNote", "Called back"));
        b.getIdentityService().clearAuthentication();

        waitUntil(Duration.ofSeconds(30), () -> engine(nodeA).getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(filed.reference()).finished().count() == 1);
        assertThat(new JdbcTemplate(nodeA.getBean(javax.sql.DataSource.class))
                .queryForObject("SELECT status FROM data_subject_request WHERE reference = ?", String.class, filed.reference()))
                .isEqualTo("CLOSED");
    }

    @Test
    void the_demo_company_connectors_walk_relations_on_postgresql_and_bind_hostile_values() {
        var catalog = nodeA.getBean(org.privacyrequests.connectors.ConnectorCatalog.class);
        var invoices = catalog.sources().stream().filter(s -> s.name().equals("Invoices and payments")).findFirst().orElseThrow();
        assertThat(invoices.findByEmail("SANNE@fietsenjansen.nl")).hasSize(5).allSatisfy(r -> {
            assertThat(r.relationshipActive()).isFalse();
            assertThat(r.relationshipEndedOn()).hasToString("2024-03-31");
        });
        for (var source : catalog.sources()) {
            assertThat(source.findByEmail("' OR 1=1 --")).isEmpty();
        }
        var orders = catalog.sources().stream().filter(s -> s.name().startsWith("Webshop orders")).findFirst().orElseThrow();
        assertThat(orders.findByEmail("piet.bakker@example.org")).extracting(r -> r.recordType())
                .contains("consumer_order", "order_line", "shipment");
    }

    @Test
    void the_sla_overview_and_a_retention_dry_run_read_postgresql() {
        var overview = nodeA.getBean(org.privacyrequests.sla.SlaOverviewQuery.class).read();
        assertThat(overview.handlingTimeByMonth()).as("the demo's year of handled requests").isNotEmpty()
                .allSatisfy(h -> assertThat(h.p90Days()).isGreaterThanOrEqualTo(h.medianDays()));
        assertThat(overview.outcomes()).isNotEmpty();

        long sweep = nodeA.getBean(org.privacyrequests.retention.RetentionPlanner.class).plan(true).sweepId();
        assertThat(nodeA.getBean(org.privacyrequests.retention.RetentionSweeps.class).lines(sweep))
                .as("Sanne's subscription ended in 2024: her account users are due")
                .anySatisfy(line -> assertThat(line).satisfies(l -> {
                    assertThat(l.table()).isEqualTo("account_user");
                    assertThat(l.rowsDue()).isGreaterThanOrEqualTo(2);
                }));
    }

    @Test
    void the_first_references_of_a_year_asked_on_both_nodes_at_once_are_all_different() throws Exception {
        // As on the first of January: no counter yet, and filings on both nodes at the same moment. Each round a counter
        // of its own, so every round starts from nothing.
        var a = nodeA.getBean(org.privacyrequests.references.References.class);
        var b = nodeB.getBean(org.privacyrequests.references.References.class);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                String counter = "RACE" + round;
                var start = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<String>> asked = new ArrayList<>();
                for (var node : List.of(a, b, a, b)) {
                    asked.add(pool.submit(() -> {
                        start.await();
                        return node.next(counter);
                    }));
                }
                start.countDown();
                List<String> numbers = new ArrayList<>();
                for (var reference : asked) {
                    String r = reference.get(30, java.util.concurrent.TimeUnit.SECONDS);
                    numbers.add(r.substring(r.lastIndexOf('-') + 1));
                }
                assertThat(numbers).as("round " + round).containsExactlyInAnyOrder("000001", "000002", "000003", "000004");
            }
        } finally {
            pool.shutdownNow();
            new JdbcTemplate(nodeA.getBean(javax.sql.DataSource.class)).update("DELETE FROM reference_counter WHERE reference_prefix LIKE 'RACE%'");
        }
    }

    @Test
    void both_nodes_started_from_the_same_models_deploy_them_once() {
        var repository = engine(nodeB).getRepositoryService();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("data-subject-request").count()).isEqualTo(1);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("privacy-complaint").count()).isEqualTo(1);
        // The forms are the product's own deployment (stafflanguage/StaffForms), filtered for duplicates the same way.
        assertThat(repository.createDeploymentQuery().deploymentName("privacy-requests-forms").count()).isEqualTo(1);
    }

    @Test
    void two_hundred_timers_due_at_once_each_fire_exactly_once_across_both_nodes() {
        ProcessEngine a = engine(nodeA);
        deployTimerProcess(a, "cluster-timers");
        Date due = Date.from(Instant.now().plusSeconds(3));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add(a.getRuntimeService().startProcessInstanceByKey("cluster-timers", Map.of("due", due)).getId());
        }

        waitUntil(Duration.ofSeconds(90), () -> a.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("cluster-timers").finished().count() == 200);

        assertThat(ids).allSatisfy(id -> assertThat(TimerFiredRecorder.RUNS.get(id)).as("runs of " + id).hasValue(1));
        // Which node fires how many is up to the job acquisition (seen: 199 and 1); what counts is once each.
        System.out.println("Timer steps per node: " + TimerFiredRecorder.PER_NODE);
    }

    @Test
    void jobs_locked_by_a_node_that_died_are_taken_over_when_its_lock_expires() {
        ProcessEngine a = engine(nodeA);
        deployTimerProcess(a, "orphaned-timers");
        Date due = Date.from(Instant.now().plusSeconds(2));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(a.getRuntimeService().startProcessInstanceByKey("orphaned-timers", Map.of("due", due)).getId());
        }
        // A third node acquired these jobs and was killed: its locks stay in the database until they expire.
        JdbcTemplate jdbc = new JdbcTemplate(nodeA.getBean(javax.sql.DataSource.class));
        int locked = jdbc.update("""
                UPDATE act_ru_job SET lock_owner_ = 'killed-node', lock_exp_time_ = ?
                WHERE process_def_key_ = 'orphaned-timers'""", new java.sql.Timestamp(System.currentTimeMillis() + 8000));
        assertThat(locked).isEqualTo(20);

        waitUntil(Duration.ofSeconds(60), () -> a.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("orphaned-timers").finished().count() == 20);
        assertThat(ids).allSatisfy(id -> assertThat(TimerFiredRecorder.RUNS.get(id)).hasValue(1));
    }

    private static void deployTimerProcess(ProcessEngine engine, String key) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent()
                .intermediateCatchEvent("Timer_Due").timerWithDate("${due}")
                .serviceTask("Task_RecordFiring").camundaExpression("${timerFired.record(execution)}")
                .endEvent()
                .done();
        engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn", model).deploy();
    }
}
