package org.privacyrequests.security;

import org.privacyrequests.audit.AuditAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.privacyrequests.intake.MailboxPoller;
import org.privacyrequests.requests.RequestProcess;
import org.privacyrequests.retention.RetentionSweepExecution;
import org.privacyrequests.retention.RetentionSweeps;
import org.privacyrequests.requests.Basis;
import org.privacyrequests.requests.Decision;
import org.privacyrequests.requests.RequestDecisions;
import org.privacyrequests.engine.StepRefused;
import org.privacyrequests.support.ProcessScenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The attacks that got past the process before: each one now stops at a step that asks the product's own records,
 * not the process variables, and is refused with an incident that says why and an audit entry. These scenarios
 * reach the engine directly (as an administrator, or a REST call the REST guard would refuse, could), to show that
 * the records hold even where the REST API's guard is not in the way.
 */
class AttacksOnTheRecordsTest extends ProcessScenario {

    @Autowired RequestDecisions decisions;
    @Autowired MailboxPoller poller;
    @Autowired TestRestTemplate http;
    @Autowired RetentionSweeps sweeps;
    @Autowired RetentionSweepExecution sweepExecution;

    @Test
    void a_second_instance_started_at_the_erasure_step_of_a_real_request_is_refused_and_erases_nothing() {
        company.activeCustomer("second.instance@example.org", 1, 2);
        ProcessInstance real = fileRequest("second.instance@example.org", "nl", "erasure");
        task(real, "UserTask_PrepareErasurePlan");

        ProcessInstance forged = runtimeService.createProcessInstanceByKey(RequestProcess.KEY).businessKey(reference(real))
                .startBeforeActivity("Task_EraseData").execute();

        assertRefused(forged, "is not the one registered for the request");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM erasure_plan_item WHERE reference = ? AND executed_at IS NOT NULL",
                Integer.class, reference(real))).isZero();
        assertThat(recorded(reference(real), AuditAction.STEP_REFUSED)).isNotEmpty();
    }

    @Test
    void jumping_the_real_request_to_the_erasure_step_before_a_manager_approved_is_refused() {
        company.activeCustomer("jump.ahead@example.org", 1, 2);
        ProcessInstance request = fileRequest("jump.ahead@example.org", "nl", "erasure");
        complete(request, "UserTask_PrepareErasurePlan", "support", Map.of("erasurePlanConfirmed", true));

        runtimeService.createProcessInstanceModification(request.getId()).startBeforeActivity("Task_EraseData").execute();

        assertRefused(request, "no manager approved the erasure plan");
    }

    @Test
    void a_plan_changed_after_the_manager_approved_it_is_not_carried_out() {
        company.activeCustomer("changed.plan@example.org", 1, 2);
        ProcessInstance request = fileRequest("changed.plan@example.org", "nl", "erasure");
        complete(request, "UserTask_PrepareErasurePlan", "support", Map.of("erasurePlanConfirmed", true));
        String reference = reference(request);
        actAs("manager");
        try {
            taskService.complete(task(request, "UserTask_ApproveErasure").getId(), Map.of("erasureApproved", "yes"));
        } finally {
            identityService.clearAuthentication();
        }
        // Someone with database access slips a line into the approved plan before the erasure job runs.
        jdbc.update("INSERT INTO erasure_plan_item (reference, source, record_type, record_id, category, action) "
                + "SELECT reference, source, record_type, '999999', category, 'ERASE' FROM erasure_plan_item WHERE reference = ? "
                + "ORDER BY id FETCH FIRST 1 ROWS ONLY", reference);

        assertRefused(request, "the erasure plan differs from the plan that was prepared and approved");
    }

    @Test
    void the_preparer_of_a_plan_cannot_approve_it_nor_can_an_administrator_who_is_not_a_manager() {
        // Someone who is in support and a manager at once is the one four eyes are for.
        if (identityService.createUserQuery().userId("bothroles").count() == 0) {
            identityService.saveUser(identityService.newUser("bothroles"));
            identityService.createMembership("bothroles", StaffRoles.SUPPORT);
            identityService.createMembership("bothroles", StaffRoles.MANAGERS);
        }
        company.activeCustomer("four.eyes@example.org", 1, 2);
        ProcessInstance request = fileRequest("four.eyes@example.org", "nl", "erasure");
        complete(request, "UserTask_PrepareErasurePlan", "bothroles", Map.of("erasurePlanConfirmed", true));

        for (String user : List.of("bothroles", "demo")) {
            actAs(user);
            try {
                assertThatThrownBy(() -> taskService.complete(task(request, "UserTask_ApproveErasure").getId(), Map.of("erasureApproved", "yes")))
                        .as(user).hasStackTraceContaining("Four-eyes rule");
            } finally {
                identityService.clearAuthentication();
            }
        }
        assertThat(decisions.latest(reference(request), Decision.ERASURE_APPROVED)).isEmpty();
    }

    @Test
    void skipping_verify_identity_does_not_open_the_search() {
        ProcessInstance request = fileRequest("nieuw.persoon@example.org", "nl", "access");
        task(request, "UserTask_VerifyIdentity");

        runtimeService.createProcessInstanceModification(request.getId())
                .cancelAllForActivity("UserTask_VerifyIdentity").startBeforeActivity("Task_FindPersonalData").execute();

        assertRefused(request, "the requester's identity was never established");
    }

    @Test
    void a_rewritten_requester_address_does_not_point_the_search_at_someone_else() {
        ProcessInstance request = fileRequest("someone@evil.example", "nl", "access");
        String reference = reference(request);
        runtimeService.setVariable(request.getId(), RequestProcess.Var.REQUESTER_EMAIL, "jan@bakkerijdevries.nl");
        complete(request, "UserTask_VerifyIdentity", "support",
                Map.of("identityDecision", "verified", "requesterEmail", "jan@bakkerijdevries.nl"));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM found_record WHERE reference = ?", Integer.class, reference)).isZero();
        assertThat(mailsTo("jan@bakkerijdevries.nl")).isEmpty();
        assertThat(mailsTo("someone@evil.example")).allSatisfy(m -> assertThat(m.attachments()).isEmpty());
        assertThat(jdbc.queryForObject("SELECT outcome FROM data_subject_request WHERE reference = ?", String.class, reference))
                .contains("no personal data held");
        assertThat(decisions.latest(reference, Decision.IDENTITY_VERIFIED).orElseThrow().decidedBy()).isEqualTo("support");
    }

    @Test
    void a_forged_from_header_asking_for_erasure_waits_for_the_link_sent_to_the_address_on_file() throws Exception {
        company.activeCustomer("forged.from@example.org", 1, 2);
        deliver(mail("forged.from@example.org", "Verwijder mijn gegevens", "Verwijder al mijn gegevens, graag.", "<forged-1@evil.example>"));
        assertThat(poller.poll()).containsEntry("request", 1);
        runJobs();
        ProcessInstance request = requestFrom("<forged-1@evil.example>");
        String reference = reference(request);

        assertThat(runtimeService.createExecutionQuery().processInstanceId(request.getId()).activityId("Task_WaitForConfirmation").count())
                .isEqualTo(1);
        assertThat(decisions.latest(reference, Decision.IDENTITY_VERIFIED)).isEmpty();
        assertThat(recorded(reference, AuditAction.IDENTITY_VERIFIED)).isEmpty();
        String link = linkIn(mailsTo("forged.from@example.org"));

        // A mail scanner that opens the link confirms nothing; the person's button does.
        assertThat(http.getForEntity(link, String.class).getBody()).contains("confirm-request");
        assertThat(decisions.latest(reference, Decision.IDENTITY_VERIFIED)).isEmpty();
        assertThat(press(link).getStatusCode()).isEqualTo(HttpStatus.OK);
        runJobs();

        task(request, "UserTask_PrepareErasurePlan");
        assertThat(decisions.latest(reference, Decision.IDENTITY_VERIFIED).orElseThrow().basis()).isEqualTo(Basis.EMAIL_LINK);
        assertThat(press(link).getStatusCode()).as("used once").isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void an_unconfirmed_request_by_mail_gets_a_reminder_and_closes_when_the_link_expires_having_changed_nothing() throws Exception {
        company.activeCustomer("never.confirms@example.org", 1, 2);
        deliver(mail("never.confirms@example.org", "Correctie", "Wilt u mijn telefoonnummer corrigeren?", "<unconfirmed-1@example.org>"));
        poller.poll();
        runJobs();
        ProcessInstance request = requestFrom("<unconfirmed-1@example.org>");
        String firstLink = linkIn(mailsTo("never.confirms@example.org"));

        moveClockTo(NOW.plus(Duration.ofDays(3)).plusSeconds(60));
        runJobs();
        assertThat(mailsTo("never.confirms@example.org")).anySatisfy(m -> assertThat(m.subject()).startsWith("Herinnering"));

        moveClockTo(NOW.plus(Duration.ofDays(7)).plusSeconds(120));
        runJobs();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(request.getId()).count()).isZero();
        assertThat(mailsTo("never.confirms@example.org")).anySatisfy(m -> assertThat(m.body()).contains("niet op tijd bevestigd"));
        assertThat(press(firstLink).getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(decisions.latest(reference(request), Decision.IDENTITY_VERIFIED)).isEmpty();
    }

    @Test
    void a_dmarc_pass_from_our_own_mail_server_proves_the_sender_but_one_the_sender_wrote_in_does_not() throws Exception {
        company.activeCustomer("dmarc.pass@example.org", 1, 2);
        MimeMessage vouched = mail("dmarc.pass@example.org", "Verwijderen", "Verwijder mijn gegevens.", "<dmarc-pass@example.org>");
        vouched.addHeader("Authentication-Results", "mx.picqer.test; spf=pass smtp.mailfrom=example.org; dmarc=pass header.from=example.org");
        MimeMessage selfVouched = mail("dmarc.pass@example.org", "Verwijderen", "Verwijder mijn gegevens nu.", "<dmarc-forged@evil.example>");
        selfVouched.addHeader("Authentication-Results", "mx.evil.example; dmarc=pass header.from=example.org");
        deliver(vouched);
        deliver(selfVouched);
        poller.poll();
        runJobs();

        task(requestFrom("<dmarc-pass@example.org>"), "UserTask_PrepareErasurePlan");
        assertThat(runtimeService.createExecutionQuery().processInstanceId(requestFrom("<dmarc-forged@evil.example>").getId())
                .activityId("Task_WaitForConfirmation").count()).isEqualTo(1);
    }

    @Test
    void an_access_request_by_mail_from_an_address_on_file_goes_ahead_since_the_answer_goes_only_there() throws Exception {
        deliver(mail("jan@bakkerijdevries.nl", "Inzage", "Graag inzage in mijn persoonsgegevens.", "<access-onfile@example.org>"));
        poller.poll();
        runJobs();
        ProcessInstance request = requestFrom("<access-onfile@example.org>");

        task(request, "UserTask_ReviewAccessAnswer");
        assertThat(decisions.latest(reference(request), Decision.IDENTITY_VERIFIED).orElseThrow().basis()).isEqualTo(Basis.ADDRESS_ON_FILE);
    }

    @Test
    void a_dry_run_sweep_cannot_be_carried_out() {
        long sweepId = sweeps.create(NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate(), true);

        assertThatThrownBy(() -> sweepExecution.execute(sweepId)).isInstanceOf(StepRefused.class).hasMessageContaining("dry run");
        assertThat(recorded(RetentionSweeps.reference(sweepId), AuditAction.STEP_REFUSED)).isNotEmpty();
    }

    /** Runs the instance's due jobs; the refused one raises an incident at once, with the reason as its message. */
    private void assertRefused(ProcessInstance instance, String reason) {
        var job = managementService.createJobQuery().processInstanceId(instance.getId()).executable().singleResult();
        assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasStackTraceContaining(reason);
        var incident = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(incident).as("an incident at once, no retries").isNotNull();
        assertThat(incident.getIncidentMessage()).contains(reason);
    }

    private ProcessInstance requestFrom(String messageId) {
        String reference = jdbc.queryForObject("SELECT reference FROM data_subject_request WHERE source_message_id = ?", String.class, messageId);
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
    }

    private static String linkIn(List<Mail> mails) {
        Matcher link = Pattern.compile("http://\\S+/privacy-request/confirm-request\\?token=\\S+").matcher(
                mails.stream().map(Mail::body).reduce("", String::concat));
        assertThat(link.find()).as("a confirmation link").isTrue();
        return link.group().replaceFirst("http://localhost:\\d+", "");
    }

    private org.springframework.http.ResponseEntity<String> press(String link) {
        String token = link.substring(link.indexOf("token=") + 6);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return http.postForEntity("/privacy-request/confirm-request", new HttpEntity<>("token=" + token, headers), String.class);
    }
}
