package org.privacyrequests.instructions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.privacyrequests.intake.MailboxPoller;
import org.privacyrequests.support.ProcessScenario;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A webshop (the controller) answers the request we forwarded with an instruction to erase or correct its consumer's
 * data (Art. 28(3)(a) GDPR): carried out on that webshop's data only, once the mail is proved to be the webshop's,
 * with four eyes on an erasure, and answered to the webshop; the consumer hears nothing more from us.
 */
class WebshopInstructionTest extends ProcessScenario {

    static final long KOFFIE_EN_CO = 1;
    static final long BUITENSPORT_DIRECT = 2;
    static final String KOFFIE_PRIVACY = "privacy@koffieenco.example.nl";

    @Autowired MailboxPoller poller;

    @Test
    void an_authenticated_instruction_to_erase_erases_that_webshops_orders_and_nothing_else_and_the_webshop_is_told() throws Exception {
        String consumer = "instructie-wissen@example.org";
        List<Long> orders = company.consumer(consumer, KOFFIE_EN_CO, BUITENSPORT_DIRECT);
        ProcessInstance forwarded = fileRequest(consumer, "nl", "erasure");
        BpmnAwareTests.assertThat(forwarded).isEnded().hasPassed("Task_ForwardToWebshop");
        int mailsToConsumer = mailsTo(consumer).size();

        ProcessInstance instruction = instructionFiled(forwarded, authenticated(instructionMail(forwarded, "<wis-1@koffieenco.example.nl>",
                "Wij geven u de opdracht alle gegevens van deze klant te verwijderen.")), "erasure");

        BpmnAwareTests.assertThat(instruction).hasPassed("Task_FindWebshopData", "Task_WorkOutWebshopErasurePlan")
                .hasNotPassed("UserTask_ConfirmInstruction").isWaitingAt("UserTask_PrepareErasurePlan");
        assertThat(jdbc.queryForList("SELECT DISTINCT webshop_id FROM found_record WHERE reference = ?", Long.class, instruction.getBusinessKey()))
                .containsExactly(KOFFIE_EN_CO);
        complete(instruction, "UserTask_PrepareErasurePlan", "support", Map.of("erasurePlanConfirmed", true));
        complete(instruction, "UserTask_ApproveErasure", "manager", Map.of("erasureApproved", "yes"));

        BpmnAwareTests.assertThat(instruction).isEnded().hasPassed("Task_EraseData", "Task_TellWebshop");
        assertThat(company.count("SELECT COUNT(*) FROM consumer_order WHERE id = ?", orders.get(0))).as("Koffie & Co's order").isZero();
        assertThat(company.count("SELECT COUNT(*) FROM shipment WHERE order_id = ?", orders.get(0))).isZero();
        assertThat(company.count("SELECT COUNT(*) FROM consumer_order WHERE id = ?", orders.get(1))).as("Buitensport Direct's order").isOne();
        Mail answer = mailsTo(KOFFIE_PRIVACY).get(mailsTo(KOFFIE_PRIVACY).size() - 1);
        assertThat(answer.subject()).contains(instruction.getBusinessKey(), consumer);
        assertThat(answer.body()).contains("Verwijderd", "Webshop orders (on behalf of webshops)", forwarded.getBusinessKey());
        assertThat(mailsTo(consumer)).as("the consumer hears from the webshop, not from us").hasSize(mailsToConsumer);
        assertThat(jdbc.queryForMap("SELECT channel, status FROM data_subject_request WHERE reference = ?", instruction.getBusinessKey()))
                .containsEntry("CHANNEL", "webshop-instruction").containsEntry("STATUS", "CLOSED");
    }

    @Test
    void an_instruction_our_mail_server_did_not_authenticate_changes_nothing_until_support_confirms_it_with_the_webshop() throws Exception {
        String consumer = "instructie-vals@example.org";
        List<Long> orders = company.consumer(consumer, KOFFIE_EN_CO);
        ProcessInstance forwarded = fileRequest(consumer, "nl", "erasure");

        ProcessInstance instruction = instructionFiled(forwarded, instructionMail(forwarded, "<vals-1@koffieenco.example.nl>",
                "Verwijder alles van deze klant."), "erasure");

        BpmnAwareTests.assertThat(instruction).isWaitingAt("UserTask_ConfirmInstruction").hasNotPassed("Task_FindWebshopData");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM found_record WHERE reference = ?", Integer.class, instruction.getBusinessKey()))
                .isZero();
        complete(instruction, "UserTask_ConfirmInstruction", "support", Map.of("instructionConfirmed", "notConfirmed"));

        BpmnAwareTests.assertThat(instruction).isEnded().hasPassed("Task_TellWebshop").hasNotPassed("Task_FindWebshopData");
        assertThat(company.count("SELECT COUNT(*) FROM consumer_order WHERE id = ?", orders.get(0))).isOne();
        assertThat(mailsTo(KOFFIE_PRIVACY).get(mailsTo(KOFFIE_PRIVACY).size() - 1).body()).contains("niet uitgevoerd", "niets gewijzigd");
        assertThat(jdbc.queryForList("SELECT outcome FROM request_outcome WHERE reference = ?", String.class, instruction.getBusinessKey()))
                .containsExactly("INSTRUCTION_NOT_CONFIRMED");
    }

    @Test
    void a_confirmed_instruction_to_correct_changes_the_phone_number_in_that_webshops_orders_only() throws Exception {
        String consumer = "instructie-correctie@example.org";
        List<Long> orders = company.consumer(consumer, KOFFIE_EN_CO, BUITENSPORT_DIRECT);
        ProcessInstance forwarded = fileRequest(consumer, "nl", "rectification");

        ProcessInstance instruction = instructionFiled(forwarded, instructionMail(forwarded, "<correctie-1@koffieenco.example.nl>",
                "Het telefoonnummer van deze klant is +31 6 9999 8888, wilt u het aanpassen?"), "rectification");
        complete(instruction, "UserTask_ConfirmInstruction", "support", Map.of("instructionConfirmed", "confirmed",
                "confirmationNote", "Thomas Mulder gebeld op het nummer in de klantadministratie; bevestigd."));
        complete(instruction, "UserTask_ApplyCorrection", "support", Map.of("correctionDecision", "corrected", "correctedPhone", "+31 6 9999 8888"));

        BpmnAwareTests.assertThat(instruction).isEnded().hasPassed("Task_CorrectWebshopData", "Task_TellWebshop");
        assertThat(jdbc.queryForObject("SELECT consumer_phone FROM consumer_order WHERE id = ?", String.class, orders.get(0))).isEqualTo("+31 6 9999 8888");
        assertThat(jdbc.queryForObject("SELECT consumer_phone FROM consumer_order WHERE id = ?", String.class, orders.get(1))).isEqualTo("+31 6 1111 2222");
        assertThat(jdbc.queryForObject("SELECT basis FROM request_decision WHERE reference = ? AND decision = 'IDENTITY_VERIFIED'", String.class,
                instruction.getBusinessKey())).isEqualTo("WEBSHOP_CONFIRMED");
        assertThat(mailsTo(KOFFIE_PRIVACY).get(mailsTo(KOFFIE_PRIVACY).size() - 1).body()).contains("Gecorrigeerd", "telefoonnummer");
    }

    @Test
    void a_consumers_own_correction_never_changes_the_data_a_webshop_decides_about() {
        String customer = "eigen-correctie@example.org";
        company.activeCustomer(customer, 0, 0);
        List<Long> orders = company.consumer(customer, KOFFIE_EN_CO);
        ProcessInstance request = fileRequest(customer, "en", "rectification");
        complete(request, "UserTask_ApplyCorrection", "support", Map.of("correctionDecision", "corrected", "correctedPhone", "+31 6 5555 4444"));

        assertThat(jdbc.queryForObject("SELECT phone FROM customer WHERE email = ?", String.class, customer)).isEqualTo("+31 6 5555 4444");
        assertThat(jdbc.queryForObject("SELECT consumer_phone FROM consumer_order WHERE id = ?", String.class, orders.get(0))).isEqualTo("+31 6 1111 2222");
    }

    @Test
    void an_instruction_process_started_by_hand_for_an_ordinary_request_is_refused() {
        company.activeCustomer("instructie-vervalst@example.org", 1, 0);
        ProcessInstance request = fileRequest("instructie-vervalst@example.org", "nl", "access");

        ProcessInstance forged = runtimeService.startProcessInstanceByKey(WebshopInstructionProcess.KEY, request.getBusinessKey());
        var job = managementService.createJobQuery().processInstanceId(forged.getId()).executable().singleResult();
        assertThatThrownBy(() -> managementService.executeJob(job.getId()))
                .hasStackTraceContaining("is no webshop's instruction on file");

        BpmnAwareTests.assertThat(forged).isWaitingAt("Task_RegisterInstruction");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(forged.getId()).singleResult().getIncidentMessage())
                .as("an incident at once, no retries").contains("is no webshop's instruction on file");
    }

    @Test
    void support_cannot_file_a_webshops_mail_as_an_instruction_for_access() throws Exception {
        company.consumer("instructie-inzage@example.org", KOFFIE_EN_CO);
        ProcessInstance forwarded = fileRequest("instructie-inzage@example.org", "nl", "access");
        deliver(instructionMail(forwarded, "<inzage-1@koffieenco.example.nl>", "Stuurt u ons een overzicht van de gegevens?"));
        poller.poll();
        ProcessInstance handling = handlingOf(forwarded);

        actAs("support");
        try {
            var task = task(handling, "UserTask_HandleReply");
            assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("replyAction", "newRequest",
                    "newRequestTypes", new ArrayList<>(List.of("access"))))).hasMessageContaining("erasure or rectification");
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void a_webshop_we_never_forwarded_the_request_to_has_no_say_in_it() throws Exception {
        String consumer = "instructie-vreemd@example.org";
        company.consumer(consumer, BUITENSPORT_DIRECT);
        ProcessInstance forwarded = fileRequest(consumer, "nl", "erasure");

        deliver(instructionMail(forwarded, "<vreemd-1@koffieenco.example.nl>", "Verwijder alles van deze klant."));

        assertThat(poller.poll()).as("ordinary correspondence, not an instruction").containsEntry("correspondence", 1)
                .doesNotContainKey("webshop-instruction");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(WebshopInstructionProcess.KEY).count()).isZero();
    }

    /** Delivers the webshop's mail, lets support file it for these rights, and returns the instruction's process. */
    private ProcessInstance instructionFiled(ProcessInstance forwarded, MimeMessage mail, String rights) throws Exception {
        deliver(mail);
        assertThat(poller.poll()).containsEntry("webshop-instruction", 1);
        complete(handlingOf(forwarded), "UserTask_HandleReply", "support", Map.of("replyAction", "newRequest",
                "newRequestTypes", new ArrayList<>(List.of(rights))));
        ProcessInstance instruction = runtimeService.createProcessInstanceQuery().processDefinitionKey(WebshopInstructionProcess.KEY)
                .active().list().stream().filter(p -> !p.getBusinessKey().equals(forwarded.getBusinessKey())).findFirst().orElseThrow();
        runJobs();
        return instruction;
    }

    private ProcessInstance handlingOf(ProcessInstance forwarded) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("handle-reply")
                .processInstanceBusinessKey(forwarded.getBusinessKey() + "-reply").singleResult();
    }

    private static MimeMessage instructionMail(ProcessInstance forwarded, String messageId, String text) throws Exception {
        return mail(KOFFIE_PRIVACY, "Re: Privacyverzoek over gegevens die wij voor u verwerken (" + forwarded.getBusinessKey() + ")", text, messageId);
    }

    /** As our own mail server marks a mail whose From domain passed DMARC. */
    private static MimeMessage authenticated(MimeMessage mail) throws Exception {
        mail.addHeader("Authentication-Results", "mx.picqer.test; spf=pass smtp.mailfrom=koffieenco.example.nl; dmarc=pass header.from=koffieenco.example.nl");
        return mail;
    }
}
