package org.privacyrequests.retention;

import org.privacyrequests.audit.AuditAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.privacyrequests.requests.NewRequest;
import org.privacyrequests.support.ProcessScenario;
import org.privacyrequests.support.ProductTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily retention sweep on the demo company's systems. It runs on a day in 2005 with rows of its own
 * dated around then, so that nothing of the demo data or of other scenarios is due: each scenario sees
 * exactly its own rows. Test settings: at most 5 rows without approval, 2 rows per batch.
 */
@ProductTest
class RetentionEnforcementProcessTest extends ProcessScenario {

    private static final Instant SWEEP_DAY = Instant.parse("2005-06-01T09:00:00Z");
    private static final AtomicLong IDS = new AtomicLong(960_000);

    @Autowired RetentionSweeps sweeps;
    @Autowired LegalHolds holds;
    @Autowired org.privacyrequests.requests.DataSubjectRequestRepository requests;

    @BeforeEach
    void onTheSweepDay() {
        moveClockTo(SWEEP_DAY);
    }

    @AfterEach
    void removeOwnRows() {
        jdbc.update("DELETE FROM website_visit WHERE id >= 960000 AND id < 970000");
        jdbc.update("DELETE FROM invoice WHERE id >= 960000 AND id < 970000");
        jdbc.update("DELETE FROM account_user WHERE id >= 960000 AND id < 970000");
        jdbc.update("DELETE FROM customer WHERE id >= 960000 AND id < 970000");
        jdbc.update("UPDATE legal_hold SET lifted_at = CURRENT_TIMESTAMP WHERE lifted_at IS NULL");
        jdbc.update("DELETE FROM data_subject_request WHERE requester_email LIKE '%@retention.example'");
    }

    @Test
    void each_rule_erases_or_anonymises_exactly_what_is_due_and_a_second_run_that_day_finds_nothing() {
        long cancelledLongAgo = customer("cancelled", LocalDate.of(2005, 1, 15));
        long a1 = accountUser(cancelledLongAgo, "anna@retention.example");
        long a2 = accountUser(cancelledLongAgo, "bert@retention.example");
        long cancelledLastWeek = customer("cancelled", LocalDate.of(2005, 5, 25));
        long a3 = accountUser(cancelledLastWeek, "carla@retention.example");
        long active = customer("active", null);
        long a4 = accountUser(active, "dirk@retention.example");
        long endedEightYearsAgo = customer("cancelled", LocalDate.of(1997, 12, 31));
        long i1 = invoice(endedEightYearsAgo);
        long i3 = invoice(cancelledLongAgo);
        long v1 = visit("eva@retention.example", "2004-01-10T12:00:00Z");
        long v2 = visit("eva@retention.example", "2004-12-01T12:00:00Z");

        ProcessInstance sweep = runTheDailySweep();

        assertThat(sweep).isEnded().hasPassed("Task_CarryOut", "Task_RecordResult").hasNotPassed("UserTask_ApproveSweep");
        assertThat(exists("account_user", a1)).as("account data 30 days after cancellation").isFalse();
        assertThat(exists("account_user", a2)).isFalse();
        assertThat(exists("account_user", a3)).as("cancelled 7 days ago").isTrue();
        assertThat(exists("account_user", a4)).as("still a customer").isTrue();
        assertThat(exists("invoice", i1)).as("financial records 7 years after the relationship ended").isFalse();
        assertThat(exists("invoice", i3)).as("relationship ended this year: kept 7 years").isTrue();
        assertThat(jdbc.queryForMap("SELECT visitor_email, ip_address, page FROM website_visit WHERE id = ?", v1))
                .as("a visit older than 14 months is anonymised: the page stays")
                .containsEntry("VISITOR_EMAIL", null).containsEntry("IP_ADDRESS", null).containsEntry("PAGE", "/pricing");
        assertThat(jdbc.queryForObject("SELECT ip_address FROM website_visit WHERE id = ?", String.class, v2)).isEqualTo("192.0.2.10");
        assertThat(jdbc.queryForMap("SELECT contact_name, email, company_name FROM customer WHERE id = ?", endedEightYearsAgo))
                .as("contact details 2 years after the relationship ended: nulled, the row stays for what points to it")
                .containsEntry("CONTACT_NAME", null).containsEntry("EMAIL", null).containsEntry("COMPANY_NAME", "Old company " + endedEightYearsAgo);
        assertThat(jdbc.queryForObject("SELECT email FROM customer WHERE id = ?", String.class, cancelledLongAgo))
                .as("left this year: contact details kept for a return").isNotNull();

        long sweepId = sweepIdOf(sweep);
        assertThat(sweeps.sweep(sweepId)).containsEntry("STATUS", "DONE").containsEntry("ROWS_DUE", 5L);
        assertThat(rulesApplied(sweepId)).anySatisfy(d -> assertThat(d).startsWith("Account data").endsWith(": 2 ERASE, 0 skipped"))
                .anySatisfy(d -> assertThat(d).startsWith("Financial records").endsWith(": 1 ERASE, 0 skipped"))
                .anySatisfy(d -> assertThat(d).startsWith("Customer contact details").endsWith(": 1 ERASE, 0 skipped"))
                .anySatisfy(d -> assertThat(d).startsWith("Website visitor data").endsWith(": 1 ANONYMISE, 0 skipped"));
        assertThat(recorded(RetentionSweeps.reference(sweepId), AuditAction.RETENTION_SWEEP_DONE))
                .containsExactly(Map.of("erased", "4", "anonymised", "1", "skipped", "0"));

        ProcessInstance again = startByHand(false);
        assertThat(again).isEnded().hasPassed("End_NothingDue");
        assertThat(sweeps.sweep(sweepIdOf(again))).containsEntry("STATUS", "NOTHING_DUE").containsEntry("ROWS_DUE", 0L);
    }

    @Test
    void an_open_request_or_a_legal_hold_protects_a_persons_rows_and_the_sweep_reports_them_skipped() {
        long cancelled = customer("cancelled", LocalDate.of(2005, 1, 15));
        long asking = accountUser(cancelled, "frank@retention.example");
        long other = accountUser(cancelled, "gina@retention.example");
        long held = visit("hans@retention.example", "2004-01-10T12:00:00Z");
        intake.file(new NewRequest("frank@retention.example", null, List.of("access"), "Inzage", "nl", null), "api");
        holds.place("Hans@Retention.example", "Dispute about a cancelled order, claim expected", "manager");

        ProcessInstance sweep = runTheDailySweep();

        assertThat(exists("account_user", asking)).as("an open request: its data is being answered from").isTrue();
        assertThat(exists("account_user", other)).isFalse();
        assertThat(jdbc.queryForObject("SELECT ip_address FROM website_visit WHERE id = ?", String.class, held))
                .as("under a legal hold").isEqualTo("192.0.2.10");
        assertThat(rulesApplied(sweepIdOf(sweep))).anySatisfy(d -> assertThat(d).endsWith(": 1 ERASE, 1 skipped"))
                .anySatisfy(d -> assertThat(d).startsWith("Website visitor data").endsWith(": 0 ANONYMISE, 1 skipped"));
    }

    @Test
    void an_open_request_protects_what_support_found_by_customer_number_too() {
        long ended = customer("cancelled", LocalDate.of(1997, 12, 31));
        long invoice = invoice(ended);
        var filed = intake.file(new NewRequest("new.address@retention.example", null, List.of("access"), "Inzage", "nl", null), "api");
        requests.recordOtherIdentifiers(filed.reference(), Map.of("customer-number", String.valueOf(ended)));

        runTheDailySweep();

        assertThat(exists("invoice", invoice)).as("the customer's invoices: found by the verified customer number").isTrue();
    }

    @Test
    void a_plan_larger_than_the_limit_waits_for_a_manager_who_may_reject_it_or_approve_it() {
        List<Long> visits = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            visits.add(visit("ivo" + i + "@retention.example", "2004-01-1" + i + "T12:00:00Z"));
        }

        ProcessInstance rejected = runTheDailySweep();
        assertThat(rejected).isWaitingAt("UserTask_ApproveSweep");
        assertThat(taskService.createTaskQuery().processInstanceId(rejected.getId()).singleResult().getName()).startsWith("Approve retention sweep");
        assertThat((String) runtimeService.getVariable(rejected.getId(), "planSummary")).contains("Website visitor data", "| 7 |");
        complete(rejected, "UserTask_ApproveSweep", "manager", Map.of("sweepApproved", "no",
                "rejectionReason", "Visits of 2004 belong to a closed investigation; check first."));
        assertThat(rejected).isEnded().hasPassed("End_SweepRejected");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM website_visit WHERE id IN (" + join(visits) + ") AND ip_address IS NOT NULL",
                Integer.class)).as("a rejected plan changes nothing").isEqualTo(7);
        assertThat(sweeps.sweep(sweepIdOf(rejected))).containsEntry("STATUS", "REJECTED").containsEntry("DECIDED_BY", "manager");

        ProcessInstance approved = startByHand(false);
        complete(approved, "UserTask_ApproveSweep", "manager2", Map.of("sweepApproved", "yes"));
        assertThat(approved).isEnded().hasPassed("Task_CarryOut");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM website_visit WHERE id IN (" + join(visits) + ") AND ip_address IS NOT NULL",
                Integer.class)).isZero();
        assertThat(sweeps.sweep(sweepIdOf(approved))).containsEntry("STATUS", "DONE").containsEntry("DECIDED_BY", "manager2");
    }

    @Test
    void a_failure_half_way_is_an_incident_and_the_retry_goes_on_where_it_stopped_without_doing_anything_twice() {
        long cancelled = customer("cancelled", LocalDate.of(2005, 1, 15));
        long[] users = new long[5];
        for (int i = 0; i < users.length; i++) {
            users[i] = accountUser(cancelled, "user" + i + "@retention.example");
        }
        // Another system's row still points to the fourth: its batch (the second of two rows) fails.
        jdbc.execute("CREATE TABLE retention_test_blocker (id INT PRIMARY KEY, account_user_id BIGINT REFERENCES account_user (id))");
        try {
            jdbc.update("INSERT INTO retention_test_blocker VALUES (1, ?)", users[3]);
            ProcessInstance sweep = askForSweep(false);
            managementService.executeJob(managementService.createJobQuery().processInstanceId(sweep.getId()).singleResult().getId());
            for (int attempt = 1; attempt <= 3; attempt++) {
                Job job = managementService.createJobQuery().processInstanceId(sweep.getId()).singleResult();
                assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("RETENTION_TEST_BLOCKER");
                moveClockTo(SWEEP_DAY.plus(Duration.ofMinutes(6L * attempt)));
            }
            var incident = runtimeService.createIncidentQuery().processInstanceId(sweep.getId()).singleResult();
            assertThat(incident.getActivityId()).isEqualTo("Task_CarryOut");
            assertThat(List.of(exists("account_user", users[0]), exists("account_user", users[1]), exists("account_user", users[2]),
                    exists("account_user", users[3]), exists("account_user", users[4])))
                    .as("the first batch stays done").containsExactly(false, false, true, true, true);
            assertThat(doneRows(sweepIdOf(sweep))).isEqualTo(2);

            jdbc.update("DELETE FROM retention_test_blocker");
            managementService.setJobRetries(incident.getConfiguration(), 1);
            runJobs();

            assertThat(sweep).isEnded();
            for (long user : users) {
                assertThat(exists("account_user", user)).isFalse();
            }
            assertThat(doneRows(sweepIdOf(sweep))).as("every row counted once").isEqualTo(5);
            assertThat(recorded(RetentionSweeps.reference(sweepIdOf(sweep)), AuditAction.RETENTION_SWEEP_DONE))
                    .singleElement().satisfies(done -> assertThat(done).containsEntry("erased", "5"));
        } finally {
            jdbc.execute("DROP TABLE retention_test_blocker");
        }
    }

    @Test
    void a_manager_starts_a_dry_run_by_hand_and_sees_the_plan_without_anything_changing() {
        long cancelled = customer("cancelled", LocalDate.of(2005, 1, 15));
        long user = accountUser(cancelled, "jet@retention.example");

        ProcessInstance dryRun = startByHand(true);

        assertThat(dryRun).isWaitingAt("UserTask_ReviewDryRun");
        assertThat(taskService.createTaskQuery().processInstanceId(dryRun.getId()).taskCandidateGroup("managers").count()).isEqualTo(1);
        assertThat((String) runtimeService.getVariable(dryRun.getId(), "planSummary"))
                .contains("Account data: erased 30 days after the subscription is cancelled", "Customer accounts / account_user", "| 1 |");
        complete(dryRun, "UserTask_ReviewDryRun", "manager", Map.of());
        assertThat(dryRun).isEnded().hasPassed("End_DryRunReviewed");
        assertThat(exists("account_user", user)).isTrue();
        assertThat(sweeps.sweep(sweepIdOf(dryRun))).containsEntry("STATUS", "DRY_RUN");
    }

    @Test
    void the_sweep_starts_every_day_at_the_configured_time() {
        ProcessInstance sweep = runTheDailySweep();

        assertThat(sweep).isEnded();
        assertThat(dailyTimer().getDuedate().toInstant()).as("the next day at 02:30, server time")
                .isEqualTo(LocalDate.of(2005, 6, 2).atTime(2, 30).atZone(java.time.ZoneId.systemDefault()).toInstant());
    }

    /** Fires the daily timer on the sweep day, as the job executor would at the set time. */
    private ProcessInstance runTheDailySweep() {
        managementService.executeJob(dailyTimer().getId());
        ProcessInstance sweep = runtimeService.createProcessInstanceQuery().processDefinitionKey("retention-enforcement")
                .orderByProcessInstanceId().desc().list().get(0);
        runJobs();
        return sweep;
    }

    private Job dailyTimer() {
        return managementService.createJobQuery().processDefinitionKey("retention-enforcement").timers()
                .list().stream().filter(j -> j.getProcessInstanceId() == null).findFirst().orElseThrow();
    }

    private ProcessInstance startByHand(boolean dryRun) {
        ProcessInstance sweep = askForSweep(dryRun);
        runJobs();
        return sweep;
    }

    /** A manager asks for a sweep in Tasklist; it waits for the job executor to plan it. */
    private ProcessInstance askForSweep(boolean dryRun) {
        ProcessInstance sweep;
        actAs("manager");
        try {
            // As Tasklist's "Start process" > "Start a retention sweep by hand" does.
            ProcessInstance asked = runtimeService.startProcessInstanceByKey("request-retention-sweep", Map.of("dryRun", dryRun));
            assertThat(asked).isEnded();
            String sweepId = (String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(asked.getId())
                    .variableName("sweepProcessInstanceId").singleResult().getValue();
            // Taken while it waits for its first job, so the assertions can follow it to its end.
            sweep = runtimeService.createProcessInstanceQuery().processInstanceId(sweepId).singleResult();
        } finally {
            identityService.clearAuthentication();
        }
        return sweep;
    }

    private long sweepIdOf(ProcessInstance instance) {
        String reference = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getBusinessKey();
        return Long.parseLong(reference.substring("RS-".length()));
    }

    /** Each retention rule the sweep applied, from its audit facts: "Account data: 2 ERASE, 0 skipped". */
    private List<String> rulesApplied(long sweepId) {
        return recorded(RetentionSweeps.reference(sweepId), AuditAction.RETENTION_RULE_APPLIED).stream()
                .map(f -> f.get("rule") + ": " + f.get("rows") + " " + f.get("action") + ", " + f.get("skipped") + " skipped").toList();
    }

    private long doneRows(long sweepId) {
        return sweeps.lines(sweepId).stream().filter(l -> l.table().equals("account_user")).mapToLong(SweepLine::rowsDone).sum();
    }

    private long customer(String status, LocalDate cancelledOn) {
        long id = IDS.incrementAndGet();
        jdbc.update("""
                INSERT INTO customer (id, company_name, contact_name, email, phone, billing_address, postal_code, city, country,
                    subscription, status, customer_since, cancelled_on)
                VALUES (?, ?, 'Old Customer', ?, '+31 6 0000 0000', 'Oudestraat 1', '1234 AB', 'Arnhem', 'NL', 'Starter', ?, ?, ?)""",
                id, "Old company " + id, "customer" + id + "@retention.example", status, Date.valueOf(LocalDate.of(1995, 1, 1)),
                cancelledOn == null ? null : Date.valueOf(cancelledOn));
        return id;
    }

    private long accountUser(long customer, String email) {
        long id = IDS.incrementAndGet();
        jdbc.update("INSERT INTO account_user (id, customer_id, name, email, role, last_login_at) VALUES (?, ?, 'Old User', ?, 'owner', ?)",
                id, customer, email, Timestamp.from(Instant.parse("2004-11-01T10:00:00Z")));
        return id;
    }

    private long invoice(long customer) {
        long id = IDS.incrementAndGet();
        jdbc.update("""
                INSERT INTO invoice (id, customer_id, invoice_number, invoice_date, amount_eur, paid, billing_name, billing_address)
                VALUES (?, ?, ?, DATE '1997-03-01', 49.00, TRUE, 'Old Customer', 'Oudestraat 1')""", id, customer, "OLD-" + id);
        return id;
    }

    private long visit(String email, String at) {
        long id = IDS.incrementAndGet();
        jdbc.update("INSERT INTO website_visit (id, visitor_email, ip_address, page, visited_at) VALUES (?, ?, '192.0.2.10', '/pricing', ?)",
                id, email, Timestamp.from(Instant.parse(at)));
        return id;
    }

    private boolean exists(String table, long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE id = ?", Integer.class, id) == 1;
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
