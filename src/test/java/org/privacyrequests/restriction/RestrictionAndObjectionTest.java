package org.privacyrequests.restriction;

import org.privacyrequests.audit.AuditAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.privacyrequests.objection.DirectMarketing;
import org.privacyrequests.support.ProcessScenario;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Restriction (Art. 18) and objection (Art. 21) as they take effect: a restriction is a mark in the records that the
 * retention sweep, erasure and marketing honour and that only a manager lifts, after telling the person; an objection
 * to direct marketing is carried out in the systems without weighing, any other objection is weighed with reasons.
 */
class RestrictionAndObjectionTest extends ProcessScenario {

    private static final String PAYMENT_PROVIDER = "privacy@payments.example.com";

    @Autowired ProcessingRestrictions restrictions;
    @Autowired RestrictionLifting lifting;
    @Autowired DirectMarketing directMarketing;

    @AfterEach
    void liftOwnRestrictions() {
        jdbc.update("UPDATE processing_restriction SET lifted_at = CURRENT_TIMESTAMP WHERE lifted_at IS NULL AND email LIKE '%@restriction.example'");
    }

    @Test
    void art18_a_granted_restriction_keeps_the_sweep_and_erasure_away_and_tells_recipients() {
        // On a day in 2005, so that the sweep finds only this test's rows due (the demo data is younger).
        moveClockTo(Instant.parse("2005-06-01T09:00:00Z"));
        String rita = "rita@restriction.example";
        company.formerCustomer(rita, LocalDate.of(2005, 1, 15), 0);
        ProcessInstance request = fileRequest(rita, "en", "restriction");

        BpmnAwareTests.assertThat(request).isWaitingAt("UserTask_DecideRestrictionOrObjection");
        complete(request, "UserTask_DecideRestrictionOrObjection", "support", Map.of("restrictionDecision", "granted",
                "restrictionGround", "accuracyContested", "decisionDetails", "Your account data, while we check the address you dispute."));

        BpmnAwareTests.assertThat(request).isEnded().hasPassed("Task_RestrictProcessing", "Task_SendRestrictionObjectionDecision");
        assertThat(restrictions.isRestricted(rita)).isTrue();
        assertThat(mailsTo(rita).get(1).subject()).isEqualTo("We have restricted the use of your data (" + reference(request) + ")");
        assertThat(mailsTo(rita).get(1).body()).contains("while we check the address you dispute", "Before we lift the restriction");
        assertThat(mailsTo(PAYMENT_PROVIDER)).as("Art. 19: the recipient of the customer accounts is told")
                .anySatisfy(m -> assertThat(m.subject()).isEqualTo("Restriction of the processing of personal data we disclosed to you ("
                        + reference(request) + ")"));
        assertThat(directMarketing.check(rita).reasons()).containsExactly("processing restricted (Art. 18)");

        // The nightly sweep: the account user of a customer who left in January is due, but restricted.
        managementService.executeJob(managementService.createJobQuery().processDefinitionKey("retention-enforcement").timers()
                .list().stream().filter(j -> j.getProcessInstanceId() == null).findFirst().orElseThrow().getId());
        runJobs();
        assertThat(company.count("SELECT COUNT(*) FROM account_user WHERE email = ?", rita)).as("kept: restricted").isEqualTo(1);

        // An erasure asked later waits for the restriction to be lifted: the step refuses, from the records.
        ProcessInstance erasure = fileRequest(rita, "en", "erasure");
        complete(erasure, "UserTask_PrepareErasurePlan", "support", Map.of("erasurePlanConfirmed", true));
        assertThatThrownBy(() -> complete(erasure, "UserTask_ApproveErasure", "manager", Map.of("erasureApproved", "yes")))
                .hasStackTraceContaining("the requester's data is restricted");
        BpmnAwareTests.assertThat(erasure).isWaitingAt("Task_EraseData");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(erasure.getId()).singleResult().getIncidentMessage())
                .contains("restricted (Art. 18", "a manager lifts the restriction first");
        assertThat(company.count("SELECT COUNT(*) FROM account_user WHERE email = ?", rita)).isEqualTo(1);
    }

    @Test
    void art18_3_lifting_needs_a_manager_and_a_notice_first() {
        String sem = "sem@restriction.example";
        company.activeCustomer(sem, 0, 0);
        ProcessInstance request = fileRequest(sem, "nl", "restriction");
        complete(request, "UserTask_DecideRestrictionOrObjection", "support", Map.of("restrictionDecision", "granted",
                "restrictionGround", "legalClaims", "decisionDetails", "Uw klantgegevens, die u nodig heeft voor een rechtszaak."));
        long id = restrictions.inForce(sem).get(0).id();

        // A manager may keep it.
        lifting.ask(id, "The claim was withdrawn, says support.", "support");
        ProcessInstance kept = liftingProcess(id);
        complete(kept, "UserTask_DecideOnLifting", "manager", Map.of("liftDecision", "keep"));
        BpmnAwareTests.assertThat(kept).isEnded().hasPassed("EndEvent_RestrictionKept");
        assertThat(restrictions.isRestricted(sem)).isTrue();

        // Support cannot decide to lift it; a manager can, and the person is told first.
        lifting.ask(id, "The court case has ended; the judgment is final.", "support");
        ProcessInstance lift = liftingProcess(id);
        assertThatThrownBy(() -> complete(lift, "UserTask_DecideOnLifting", "support", Map.of("liftDecision", "lift",
                "liftReason", "De rechtszaak is afgelopen.")));
        complete(lift, "UserTask_DecideOnLifting", "manager", Map.of("liftDecision", "lift",
                "liftReason", "De rechtszaak waarvoor u de gegevens nodig had, is afgelopen."));

        BpmnAwareTests.assertThat(lift).isWaitingAt("Event_NoticePeriodPassed");
        assertThat(restrictions.isRestricted(sem)).as("not before the notice period has passed").isTrue();
        Mail notice = mailsTo(sem).get(mailsTo(sem).size() - 1);
        assertThat(notice.subject()).startsWith("We heffen de beperking van het gebruik van uw gegevens op");
        assertThat(notice.body()).contains("De rechtszaak waarvoor u de gegevens nodig had, is afgelopen.", "Autoriteit Persoonsgegevens");

        moveClockTo(NOW.plus(Duration.ofDays(15)));
        runJobs();

        BpmnAwareTests.assertThat(lift).isEnded().hasPassed("Task_LiftRestriction", "EndEvent_RestrictionLifted");
        assertThat(restrictions.isRestricted(sem)).isFalse();
        assertThat(mailsTo(PAYMENT_PROVIDER)).anySatisfy(m -> assertThat(m.subject()).startsWith("End of the restriction of the processing"));
        assertThat(recordedActions(ProcessingRestrictions.reference(id))).containsSubsequence(AuditAction.PROCESSING_RESTRICTED,
                AuditAction.RESTRICTION_KEPT, AuditAction.RESTRICTION_LIFT_DECIDED, AuditAction.RESTRICTION_LIFT_ANNOUNCED,
                AuditAction.RESTRICTION_LIFTED);
    }

    @Test
    void art21_3_an_objection_to_direct_marketing_is_granted_and_unsubscribes() {
        String noor = "noor@restriction.example";
        company.activeCustomer(noor, 0, 0);
        company.newsletterSubscriber(noor);
        assertThat(directMarketing.mayReceive(noor)).isTrue();
        ProcessInstance request = fileRequest(noor, "en", "objection");

        complete(request, "UserTask_AssessObjection", "support", Map.of("objectionKind", "directMarketing"));

        BpmnAwareTests.assertThat(request).isEnded().hasPassed("Task_StopDirectMarketing", "Task_ConfirmEndOfDirectMarketing")
                .hasNotPassed("UserTask_WeighObjection");
        assertThat(company.count("SELECT COUNT(*) FROM newsletter_subscriber WHERE email = ?", noor)).as("unsubscribed").isZero();
        assertThat(company.count("SELECT COUNT(*) FROM customer WHERE email = ?", noor)).as("the rest stays").isEqualTo(1);
        assertThat(directMarketing.check(noor).reasons()).containsExactly("objected to direct marketing (Art. 21(3))");
        assertThat(jdbc.queryForList("SELECT address_hash FROM marketing_suppression WHERE reference = ?", String.class, reference(request)))
                .singleElement().satisfies(hash -> assertThat(hash).hasSize(64).doesNotContain("noor"));
        Mail answer = mailsTo(noor).get(1);
        assertThat(answer.subject()).isEqualTo("We no longer use your data for direct marketing (" + reference(request) + ")");
        assertThat(answer.body()).contains("We have ended direct marketing to you in: Newsletter.");
        assertThat(jdbc.queryForList("SELECT outcome FROM request_outcome WHERE reference = ?", String.class, reference(request)))
                .containsExactly("OBJECTION_GRANTED");
    }

    @Test
    void art21_1_other_objections_are_weighed_with_reasons() {
        String daan = "daan@restriction.example";
        company.activeCustomer(daan, 0, 0);
        ProcessInstance request = fileRequest(daan, "en", "objection");
        complete(request, "UserTask_AssessObjection", "support", Map.of("objectionKind", "particularSituation"));
        BpmnAwareTests.assertThat(request).isWaitingAt("UserTask_WeighObjection");

        String reasons = "We need your account data to provide the subscription you still use, and to keep it secure.";
        assertThatThrownBy(() -> complete(request, "UserTask_WeighObjection", "support", Map.of("objectionDecision", "refused",
                "objectionReasons", reasons)));
        complete(request, "UserTask_WeighObjection", "manager", Map.of("objectionDecision", "refused", "objectionReasons", reasons));

        BpmnAwareTests.assertThat(request).isEnded().hasPassed("Task_AnswerObjectionWithReasons");
        assertThat(jdbc.queryForMap("SELECT upheld, reasons, decided_by FROM objection_decision WHERE reference = ?", reference(request)))
                .containsEntry("UPHELD", false).containsEntry("REASONS", reasons).containsEntry("DECIDED_BY", "manager");
        Mail answer = mailsTo(daan).get(1);
        assertThat(answer.subject()).isEqualTo("Our decision on your objection (" + reference(request) + ")");
        assertThat(answer.body()).contains(reasons, "compelling legitimate grounds", "Autoriteit Persoonsgegevens", "court");
        assertThat(jdbc.queryForList("SELECT outcome FROM request_outcome WHERE reference = ?", String.class, reference(request)))
                .containsExactly("OBJECTION_REFUSED");
    }

    private ProcessInstance liftingProcess(long id) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("lift-restriction")
                .processInstanceBusinessKey(ProcessingRestrictions.reference(id)).singleResult();
    }
}
