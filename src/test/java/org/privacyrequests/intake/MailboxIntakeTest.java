package org.privacyrequests.intake;

import org.privacyrequests.audit.AuditAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.privacyrequests.support.ProcessScenario;
import org.springframework.beans.factory.annotation.Autowired;

/** Requests and complaints that start from, or continue with, a mail in the real (GreenMail) support mailbox. */
class MailboxIntakeTest extends ProcessScenario {

    static final String MAILBOX = SUPPORT_MAILBOX;

    @Autowired MailboxPoller poller;
    @Autowired IncomingMailParser parser;
    @Autowired MailIntake intake;
    @Autowired org.privacyrequests.deadlines.Deadlines deadlines;
    @Autowired MailboxProperties properties;
    @Autowired MailboxBookkeeping bookkeeping;
    @Autowired java.time.Clock clock;

    @AfterEach
    void mailServerBackUp() {
        if (!mailServer.isRunning()) {
            mailServer.start();
        }
    }

    @Test
    void a_dutch_access_request_by_mail_starts_a_request_whose_receipt_answers_that_mail() throws Exception {
        MimeMessage mail = mail("jan@bakkerijdevries.nl", "Inzageverzoek", "Graag wil ik inzage in mijn persoonsgegevens.", "<inzage-1@mail.example>");
        deliver(mail);

        assertThat(poller.poll()).containsEntry("request", 1);
        runJobs();

        var request = jdbc.queryForMap("SELECT * FROM data_subject_request WHERE source_message_id = '<inzage-1@mail.example>'");
        assertThat(request).containsEntry("REQUEST_TYPES", "access").containsEntry("LANGUAGE", "nl").containsEntry("CHANNEL", "email");
        MimeMessage receipt = receivedBy("jan@bakkerijdevries.nl").get(0);
        assertThat(receipt.getHeader("In-Reply-To")[0]).isEqualTo("<inzage-1@mail.example>");
        assertThat(receipt.getHeader("Auto-Submitted")[0]).isEqualTo("auto-replied");
        assertThat(receipt.getSubject()).contains((String) request.get("REFERENCE"));
    }

    @Test
    void the_deadline_runs_from_when_the_mail_reached_our_mailbox_not_from_the_date_its_sender_wrote_on_it() throws Exception {
        MimeMessage forwardDated = mail("vooruit@example.org", "Inzageverzoek", "Graag inzage in mijn persoonsgegevens.", "<vooruit-1@example.org>");
        forwardDated.setSentDate(java.util.Date.from(NOW.plus(java.time.Duration.ofDays(20))));
        forwardDated.saveChanges();
        forwardDated.setHeader("Message-ID", "<vooruit-1@example.org>");
        MimeMessage backDated = mail("terug.gedateerd@example.org", "Inzageverzoek", "Graag inzage in mijn persoonsgegevens.", "<terug-gedateerd-1@example.org>");
        backDated.setSentDate(java.util.Date.from(NOW.minus(java.time.Duration.ofDays(40))));
        backDated.saveChanges();
        backDated.setHeader("Message-ID", "<terug-gedateerd-1@example.org>");
        deliver(forwardDated, NOW);
        deliver(backDated, NOW);

        assertThat(poller.poll()).containsEntry("request", 2);

        for (String id : List.of("<vooruit-1@example.org>", "<terug-gedateerd-1@example.org>")) {
            var request = jdbc.queryForMap("SELECT received_at, deadline FROM data_subject_request WHERE source_message_id = ?", id);
            assertThat(instant(request.get("RECEIVED_AT"))).as("received, for " + id).isEqualTo(NOW);
            assertThat(instant(request.get("DEADLINE"))).as("deadline, for " + id).isEqualTo(deadlines.deadlineFor(NOW));
        }
    }

    @Test
    void a_german_mail_with_two_rights_and_an_html_only_mail_each_start_one_request() throws Exception {
        deliver(mail("klaus@beispiel.example", "Auskunft nach Art. 15 DSGVO", "Bitte löschen Sie danach meine Daten.", "<de-1@beispiel.example>"));
        MimeMessage html = mail("html@example.org", "GDPR", null, "<html-1@example.org>");
        html.setContent("<html><body><p>Please <b>delete my account</b> and all my personal data.</p></body></html>", "text/html; charset=UTF-8");
        html.saveChanges();
        html.setHeader("Message-ID", "<html-1@example.org>");
        deliver(html);

        assertThat(poller.poll()).containsEntry("request", 2);

        assertThat(jdbc.queryForObject("SELECT request_types FROM data_subject_request WHERE source_message_id = '<de-1@beispiel.example>'",
                String.class)).isEqualTo("access,erasure");
        assertThat(jdbc.queryForObject("SELECT request_types FROM data_subject_request WHERE source_message_id = '<html-1@example.org>'",
                String.class)).isEqualTo("erasure");
        assertThat(jdbc.queryForObject("SELECT request_text FROM data_subject_request WHERE source_message_id = '<html-1@example.org>'",
                String.class)).contains("delete my account").doesNotContain("<b>");
    }

    @Test
    void a_complaint_starts_the_complaint_process_and_an_ordinary_question_starts_nothing() throws Exception {
        deliver(mail("boos@example.org", "Klacht", "Ik wil een klacht indienen over hoe u met mijn persoonsgegevens omgaat.", "<klacht-1@example.org>"));
        deliver(mail("vraag@example.org", "Pakbon", "Hoe koppel ik mijn webshop aan de pakbonprinter?", "<vraag-1@example.org>"));

        assertThat(poller.poll()).containsEntry("complaint", 1).containsEntry("not-privacy", 1);

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("privacy-complaint").count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM data_subject_request WHERE requester_email = 'vraag@example.org'", Integer.class)).isZero();
    }

    @Test
    void a_mail_with_privacy_words_but_no_clear_ask_becomes_a_review_task_that_names_the_words() throws Exception {
        deliver(mail("twijfel@example.org", "AVG", "Ik kreeg een brief over mijn persoonsgegevens waarin jullie naam stond.", "<twijfel-1@example.org>"));

        assertThat(poller.poll()).containsEntry("unsure", 1);

        assertThat(reviewReasonOf("<twijfel-1@example.org>")).startsWith("unsure: privacy words").contains("'persoonsgegevens'");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("data-subject-request").count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("privacy-complaint").count()).isZero();
    }

    @Test
    void an_answer_to_our_question_about_identity_continues_the_request() throws Exception {
        deliver(mail("nieuw.persoon@example.org", "Verwijderen", "Verwijder al mijn gegevens alstublieft.", "<verwijder-1@example.org>"));
        poller.poll();
        runJobs();
        ProcessInstance request = runtimeService.createProcessInstanceQuery().processDefinitionKey("data-subject-request").singleResult();
        complete(request, "UserTask_VerifyIdentity", "support", Map.of("identityDecision", "askMoreInformation",
                "informationNeeded", "Uw klantnummer graag."));
        MimeMessage question = receivedBy("nieuw.persoon@example.org").get(1);

        MimeMessage answer = mail("nieuw.persoon@example.org", "Re: " + question.getSubject(), "Mijn klantnummer is 12345.", "<antwoord-1@example.org>");
        answer.setHeader("In-Reply-To", question.getMessageID());
        deliver(answer);

        assertThat(poller.poll()).containsEntry("identity-information", 1);
        runJobs();
        BpmnAwareTests.assertThat(request).isWaitingAt("UserTask_VerifyIdentity");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM correspondence WHERE reference = ?", Integer.class, request.getBusinessKey()))
                .isEqualTo(1);
        var task = task(request, "UserTask_VerifyIdentity");
        assertThat(taskService.getVariable(task.getId(), "identityDecision")).as("a new round: nothing filled in").isNull();
        assertThat(taskService.getVariable(task.getId(), "informationNeeded")).isNull();
        assertThat(taskService.getVariable(task.getId(), "identityAnswerMail")).as("the answer, shown in the task")
                .isEqualTo(jdbc.queryForObject("SELECT id FROM correspondence WHERE message_id = '<antwoord-1@example.org>'", Long.class));
    }

    @Test
    void another_address_support_verified_finds_the_persons_data_under_it() throws Exception {
        company.activeCustomer("oud.adres@example.org", 1, 0);
        deliver(mail("nieuw.adres@example.org", "Inzage", "Graag inzage in mijn gegevens; bij jullie sta ik onder mijn oude adres.", "<ander-adres-1@example.org>"));
        poller.poll();
        runJobs();
        ProcessInstance request = runtimeService.createProcessInstanceQuery().processDefinitionKey("data-subject-request")
                .variableValueEquals("requesterEmail", "nieuw.adres@example.org").singleResult();

        complete(request, "UserTask_VerifyIdentity", "support", Map.of("identityDecision", "verified",
                "identityNote", "Klantnummer en bedrag laatste factuur kloppen bij het oude adres.", "otherEmail", "oud.adres@example.org"));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM found_record WHERE reference = ? AND source = 'Customer accounts'", Integer.class,
                request.getBusinessKey())).isPositive();
        assertThat(runtimeService.getVariable(request.getId(), "otherEmail")).as("kept in the request record, not the process").isNull();
    }

    @Test
    void a_mail_quoting_the_reference_in_its_subject_is_kept_with_the_request() throws Exception {
        ProcessInstance request = fileRequest("jan@bakkerijdevries.nl", "nl", "access");

        deliver(mail("jan@bakkerijdevries.nl", "Vraag over " + request.getBusinessKey(), "Wanneer krijg ik antwoord?", "<vraag-2@example.org>"));

        assertThat(poller.poll()).containsEntry("correspondence", 1);
        assertThat(jdbc.queryForObject("SELECT subject FROM correspondence WHERE reference = ?", String.class, request.getBusinessKey()))
                .contains(request.getBusinessKey());
    }

    @Test
    void a_complainant_who_writes_back_not_satisfied_is_escalated() throws Exception {
        deliver(mail("boos2@example.org", "Klacht over privacy", "Ik heb een klacht over mijn persoonsgegevens.", "<klacht-2@example.org>"));
        poller.poll();
        runJobs();
        ProcessInstance complaint = runtimeService.createProcessInstanceQuery().processDefinitionKey("privacy-complaint").singleResult();
        complete(complaint, "UserTask_AssessComplaint", "support", Map.of("complaintCategory", "other", "processorOnly", false));
        complete(complaint, "UserTask_RespondToComplainant", "support", Map.of("proposedOutcome", "notUpheld",
                "responseText", "Wij hebben alles nagekeken en alles was in orde."));
        MimeMessage response = receivedBy("boos2@example.org").get(1);

        MimeMessage reply = mail("boos2@example.org", "Re: " + response.getSubject(), "Ik ben niet tevreden met dit antwoord.", "<klacht-3@example.org>");
        reply.setHeader("In-Reply-To", response.getMessageID());
        deliver(reply);

        assertThat(poller.poll()).containsEntry("complainant-dissatisfied", 1);
        runJobs();
        BpmnAwareTests.assertThat(complaint).isWaitingAt("UserTask_ReviewEscalatedComplaint");
    }

    @Test
    void a_reply_asking_to_erase_too_raises_a_task_and_support_files_an_erasure_request_received_with_the_mail() throws Exception {
        ProcessInstance request = fileRequest("jan@bakkerijdevries.nl", "nl", "access");
        MimeMessage reply = mail("jan@bakkerijdevries.nl", "Re: uw verzoek " + request.getBusinessKey(),
                "Dank u. Wilt u daarna ook alles van mij verwijderen?\n\nOp 26 nov. schreef Picqer:\n> Wij hebben uw verzoek ontvangen.",
                "<ook-wissen@example.org>");
        deliver(reply);

        assertThat(poller.poll()).containsEntry("correspondence", 1);
        ProcessInstance handling = replyHandlingOf(request.getBusinessKey());
        var task = taskService.createTaskQuery().processInstanceId(handling.getId()).singleResult();
        assertThat(task.getName()).startsWith("Handle reply from requester · ");
        var kept = jdbc.queryForMap("SELECT * FROM correspondence WHERE message_id = '<ook-wissen@example.org>'");
        assertThat(runtimeService.getVariables(handling.getId())).containsEntry("reference", request.getBusinessKey())
                .containsEntry("correspondenceId", kept.get("ID")).containsEntry("replyFrom", "requester");
        BpmnAwareTests.assertThat(request).isNotEnded();

        moveClockTo(NOW.plus(java.time.Duration.ofDays(2)));
        complete(handling, "UserTask_HandleReply", "support", Map.of("replyAction", "newRequest", "newRequestTypes", new java.util.ArrayList<>(List.of("erasure")),
                "replyNote", "Vraagt nu ook om verwijdering"));

        BpmnAwareTests.assertThat(handling).isEnded().hasPassed("Task_FileRequestFromReply", "EndEvent_RequestFiledFromReply");
        var erasure = jdbc.queryForMap("SELECT * FROM data_subject_request WHERE source_message_id = '<ook-wissen@example.org>'");
        java.time.Instant mailReceived = instant(kept.get("RECEIVED_AT"));
        assertThat(erasure).containsEntry("REQUEST_TYPES", "erasure").containsEntry("CHANNEL", "email")
                .containsEntry("REQUESTER_EMAIL", "jan@bakkerijdevries.nl").containsEntry("LANGUAGE", "nl");
        assertThat(instant(erasure.get("RECEIVED_AT"))).isEqualTo(mailReceived);
        assertThat(instant(erasure.get("DEADLINE"))).isEqualTo(deadlines.deadlineFor(mailReceived));
        assertThat(recorded(request.getBusinessKey(), AuditAction.REQUEST_FILED_FROM_REPLY))
                .anySatisfy(f -> assertThat(f).containsEntry("request", String.valueOf(erasure.get("REFERENCE"))).containsEntry("rights", "erasure"));
        assertThat(recorded(request.getBusinessKey(), AuditAction.TASK_COMPLETED))
                .anySatisfy(f -> assertThat(f).containsEntry("task", "Handle reply from requester").containsEntry("replyAction", "newRequest"));
    }

    @Test
    void a_thank_you_is_kept_with_the_request_and_raises_nothing() throws Exception {
        ProcessInstance request = fileRequest("jan@bakkerijdevries.nl", "nl", "access");

        deliver(mail("jan@bakkerijdevries.nl", "Re: " + request.getBusinessKey(), "Dank je wel!\n\nJan", "<dank-1@example.org>"));
        deliver(mail("jan@bakkerijdevries.nl", "Re: " + request.getBusinessKey(), "Thanks!\n-- \nJan de Vries\nBakkerij", "<dank-2@example.org>"));

        assertThat(poller.poll()).containsEntry("thanks", 2);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("handle-reply").count()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM correspondence WHERE reference = ?", Integer.class, request.getBusinessKey()))
                .isEqualTo(2);
    }

    @Test
    void a_reply_support_cannot_settle_goes_to_a_manager_and_one_that_needs_nothing_ends() throws Exception {
        ProcessInstance request = fileRequest("jan@bakkerijdevries.nl", "nl", "access");
        deliver(mail("jan@bakkerijdevries.nl", "Re: " + request.getBusinessKey(), "Mijn advocaat neemt contact met u op.", "<advocaat@example.org>"));
        deliver(mail("jan@bakkerijdevries.nl", "Re: " + request.getBusinessKey(), "Mijn nieuwe telefoonnummer is 0612345678.", "<telefoon@example.org>"));
        assertThat(poller.poll()).containsEntry("correspondence", 2);
        var handlings = runtimeService.createProcessInstanceQuery().processDefinitionKey("handle-reply").list();
        assertThat(handlings).hasSize(2);

        complete(handlings.get(0), "UserTask_HandleReply", "support", Map.of("replyAction", "manager", "replyNote", "Dreigt met een advocaat"));
        assertThat(task(handlings.get(0), "UserTask_DecideOnReply").getName()).startsWith("Decide on the reply · ");
        complete(handlings.get(0), "UserTask_DecideOnReply", "manager", Map.of("replyNote", "Gebeld; geen actie nodig"));
        complete(handlings.get(1), "UserTask_HandleReply", "support", Map.of("replyAction", "noAction"));

        BpmnAwareTests.assertThat(handlings.get(0)).isEnded().hasPassed("EndEvent_ReplyDecidedByManager");
        BpmnAwareTests.assertThat(handlings.get(1)).isEnded().hasPassed("EndEvent_ReplyHandled");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM data_subject_request WHERE source_message_id IN ('<advocaat@example.org>', '<telefoon@example.org>')",
                Integer.class)).isZero();
    }

    @Test
    void a_webshops_instruction_is_recorded_and_support_files_it_as_the_webshops_instruction() throws Exception {
        company.consumer("consument@example.org", 1);
        ProcessInstance request = fileRequest("consument@example.org", "nl", "access");

        MimeMessage instruction = mail("privacy@koffieenco.example.nl", "Re: Doorgestuurd verzoek " + request.getBusinessKey(),
                "Wij geven u de opdracht alle gegevens van deze klant van ons te verwijderen.", "<opdracht-1@koffieenco.example.nl>");
        deliver(instruction);

        assertThat(poller.poll()).containsEntry("webshop-instruction", 1);
        assertThat(recorded(request.getBusinessKey(), AuditAction.WEBSHOP_INSTRUCTION_RECEIVED)).singleElement()
                .satisfies(f -> assertThat(f).containsEntry("webshop", "Koffie & Co").containsEntry("mail", "<opdracht-1@koffieenco.example.nl>")
                        .containsEntry("authenticated", "false").doesNotContainKey("authenticatedBy"));
        ProcessInstance handling = replyHandlingOf(request.getBusinessKey());
        assertThat(runtimeService.getVariable(handling.getId(), "replyFrom")).isEqualTo("webshop");

        complete(handling, "UserTask_HandleReply", "support", Map.of("replyAction", "newRequest", "newRequestTypes", new java.util.ArrayList<>(List.of("erasure"))));

        var erasure = jdbc.queryForMap("SELECT * FROM data_subject_request WHERE request_types = 'erasure' AND requester_email = 'consument@example.org'");
        assertThat(erasure).containsEntry("CHANNEL", "webshop-instruction");
        assertThat((String) erasure.get("REQUEST_TEXT")).contains("Koffie & Co", "alle gegevens van deze klant");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM erasure_plan_item WHERE reference = ?", Integer.class, erasure.get("REFERENCE")))
                .as("nothing planned before the unauthenticated instruction is confirmed with the webshop").isZero();
        assertThat(jdbc.queryForObject("SELECT sender_authenticated_by FROM correspondence WHERE message_id = '<opdracht-1@koffieenco.example.nl>'",
                String.class)).isNull();
    }

    @Test
    void a_complainant_who_answers_onvoldoende_is_escalated_and_one_who_agrees_is_resolved() throws Exception {
        ProcessInstance first = answeredComplaint("boos3@example.org", "<klacht-4@example.org>");
        ProcessInstance second = answeredComplaint("blij@example.org", "<klacht-5@example.org>");

        replyTo(receivedBy("boos3@example.org").get(1), "boos3@example.org", "Onvoldoende.", "<klacht-6@example.org>");
        replyTo(receivedBy("blij@example.org").get(1), "blij@example.org", "Akkoord, dank u wel.", "<klacht-7@example.org>");

        assertThat(poller.poll()).containsEntry("complainant-dissatisfied", 1).containsEntry("complainant-satisfied", 1);
        runJobs();
        BpmnAwareTests.assertThat(first).isWaitingAt("UserTask_ReviewEscalatedComplaint");
        BpmnAwareTests.assertThat(second).isEnded().hasPassed("EndEvent_ComplaintResolved");
    }

    private ProcessInstance answeredComplaint(String from, String messageId) throws Exception {
        deliver(mail(from, "Klacht", "Ik wil een klacht indienen over mijn persoonsgegevens.", messageId));
        poller.poll();
        runJobs();
        ProcessInstance complaint = runtimeService.createProcessInstanceQuery().processDefinitionKey("privacy-complaint")
                .variableValueEquals("complainantEmail", from).singleResult();
        complete(complaint, "UserTask_AssessComplaint", "support", Map.of("complaintCategory", "other", "processorOnly", false));
        complete(complaint, "UserTask_RespondToComplainant", "support", Map.of("proposedOutcome", "notUpheld",
                "responseText", "Wij hebben alles nagekeken en alles was in orde."));
        return complaint;
    }

    private void replyTo(MimeMessage ours, String from, String text, String messageId) throws Exception {
        MimeMessage reply = mail(from, "Re: " + ours.getSubject(), text, messageId);
        reply.setHeader("In-Reply-To", ours.getMessageID());
        deliver(reply);
    }

    private ProcessInstance replyHandlingOf(String reference) {
        ProcessInstance handling = runtimeService.createProcessInstanceQuery().processDefinitionKey("handle-reply")
                .processInstanceBusinessKey(reference + "-reply").singleResult();
        assertThat(handling).as("reply handling for " + reference).isNotNull();
        return handling;
    }

    @Test
    void auto_replies_and_a_second_copy_of_a_mail_start_nothing() throws Exception {
        MimeMessage outOfOffice = mail("afwezig@example.org", "Afwezig: uw privacyverzoek", "Ik ben afwezig tot maandag. Inzage AVG.", "<ooo-1@example.org>");
        outOfOffice.setHeader("Auto-Submitted", "auto-replied");
        deliver(outOfOffice);
        MimeMessage bulk = mail("news@example.org", "Nieuwsbrief privacy", "Alles over de AVG.", "<bulk-1@example.org>");
        bulk.setHeader("Precedence", "bulk");
        deliver(bulk);
        deliver(mail("twice@example.org", "AVG inzage", "Graag inzage in mijn gegevens.", "<twice-1@example.org>"));
        deliver(mail("twice@example.org", "AVG inzage", "Graag inzage in mijn gegevens.", "<twice-1@example.org>"));

        assertThat(poller.poll()).containsEntry("auto-reply", 2).containsEntry("request", 1).containsEntry("duplicate", 1);
        assertThat(poller.poll()).as("each taken in once").isEmpty();
    }

    @Test
    void a_bounced_answer_raises_a_task_on_the_request() throws Exception {
        ProcessInstance request = fileRequest("nieuw.persoon@example.org", "nl", "access");
        MimeMessage receipt = receivedBy("nieuw.persoon@example.org").get(0);

        MimeMessage bounce = new MimeMessage(Session.getInstance(new Properties()));
        bounce.setFrom(new InternetAddress("MAILER-DAEMON@mail.example.org"));
        bounce.setRecipients(MimeMessage.RecipientType.TO, MAILBOX);
        bounce.setSubject("Undelivered Mail Returned to Sender");
        MimeMultipart report = new MimeMultipart("report; report-type=delivery-status");
        MimeBodyPart explanation = new MimeBodyPart();
        explanation.setText("This is the mail system. Your message could not be delivered.");
        report.addBodyPart(explanation);
        MimeBodyPart returned = new MimeBodyPart();
        returned.setContent("Message-ID: " + receipt.getMessageID() + "\r\nSubject: " + receipt.getSubject() + "\r\n", "text/rfc822-headers");
        report.addBodyPart(returned);
        bounce.setContent(report);
        bounce.saveChanges();
        deliver(bounce);

        assertThat(poller.poll()).containsEntry("bounce", 1);
        runJobs();
        BpmnAwareTests.assertThat(request).isWaitingAt("UserTask_VerifyIdentity", "UserTask_CheckBouncedAnswer");
        complete(request, "UserTask_CheckBouncedAnswer", "support", Map.of("bounceResolution", "Called the requester, address corrected."));
        BpmnAwareTests.assertThat(request).hasPassed("EndEvent_BounceHandled");
    }

    @Test
    void a_mail_that_cannot_be_read_is_kept_raw_for_review_and_never_dropped() throws Exception {
        MimeMessage noSender = new MimeMessage(Session.getInstance(new Properties()));
        noSender.setRecipients(MimeMessage.RecipientType.TO, MAILBOX);
        noSender.setSubject("???");
        noSender.setText("Verwijder mijn gegevens");
        noSender.saveChanges();
        noSender.setHeader("Message-ID", "<kapot-1@example.org>");
        deliver(noSender);

        assertThat(poller.poll()).containsEntry("unreadable", 1);
        runJobs();

        var review = taskService.createTaskQuery().processDefinitionKey("review-incoming-mail").singleResult();
        assertThat(review.getName()).startsWith("Review incoming e-mail");
        assertThat(review.getDueDate()).isNotNull();
        assertThat(jdbc.queryForObject("SELECT raw_message FROM incoming_mail WHERE message_id = '<kapot-1@example.org>'", String.class))
                .contains("Verwijder mijn gegevens");
        assertThat(poller.poll()).as("taken in once, not read again").isEmpty();

        actAs("support");
        taskService.complete(review.getId(), Map.of("reviewOutcome", "notPrivacy", "reviewNote", "Spam"));
        identityService.clearAuthentication();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("review-incoming-mail").count()).isZero();
    }

    @Test
    void a_mail_over_the_size_limit_goes_to_support_with_its_headers_and_stays_in_the_mailbox() throws Exception {
        MimeMessage large = mail("groot@example.org", "Inzageverzoek met bijlagen", null, "<groot-1@example.org>");
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Graag inzage in mijn persoonsgegevens, zie bijlage.", "UTF-8");
        parts.addBodyPart(text);
        MimeBodyPart scan = new MimeBodyPart();
        scan.setContent(new byte[3 * 1024 * 1024], "application/octet-stream");
        scan.setFileName("paspoort.bin");
        parts.addBodyPart(scan);
        large.setContent(parts);
        large.saveChanges();
        large.setHeader("Message-ID", "<groot-1@example.org>");
        deliverOverSmtp(large);

        assertThat(poller.poll()).containsEntry("too-large", 1);
        runJobs();

        String reason = reviewReasonOf("<groot-1@example.org>");
        assertThat(reason).contains("larger than the limit of 2097152 bytes").contains("still in the mailbox " + MAILBOX);
        var row = jdbc.queryForMap("SELECT * FROM incoming_mail WHERE message_id = '<groot-1@example.org>'");
        assertThat(row).containsEntry("OUTCOME", "too-large").containsEntry("SUBJECT", "Inzageverzoek met bijlagen")
                .containsEntry("RAW_MESSAGE", null);
        assertThat((String) row.get("FROM_ADDRESS")).contains("groot@example.org");
        assertThat(poller.poll()).as("taken in once, not read again").isEmpty();
        assertThat(java.util.Arrays.stream(mailServer.greenMail().getReceivedMessages())
                .filter(m -> messageIdOf(m).equals("<groot-1@example.org>"))).as("still in the mailbox").hasSize(1);
    }

    @Test
    void a_mail_with_parts_nested_deeper_than_the_limit_goes_to_support_with_its_raw_text() throws Exception {
        MimeMessage nested = mail("nest@example.org", "AVG", null, "<nest-1@example.org>");
        MimeBodyPart inner = new MimeBodyPart();
        inner.setText("Verwijder mijn gegevens", "UTF-8");
        MimeMultipart level = new MimeMultipart();
        level.addBodyPart(inner);
        for (int depth = 1; depth < 12; depth++) {
            MimeBodyPart wrapper = new MimeBodyPart();
            wrapper.setContent(level);
            level = new MimeMultipart();
            level.addBodyPart(wrapper);
        }
        nested.setContent(level);
        nested.saveChanges();
        nested.setHeader("Message-ID", "<nest-1@example.org>");
        deliver(nested);

        assertThat(poller.poll()).containsEntry("unreadable", 1);
        runJobs();

        assertThat(reviewReasonOf("<nest-1@example.org>")).contains("nested deeper than 10 levels");
        assertThat(jdbc.queryForObject("SELECT raw_message FROM incoming_mail WHERE message_id = '<nest-1@example.org>'", String.class))
                .contains("Verwijder mijn gegevens");
        assertThat(poller.poll()).isEmpty();
    }

    @Test
    void headers_longer_than_their_columns_go_to_support_cut_with_a_marker_and_the_whole_mail_kept_raw() throws Exception {
        String longId = "<" + "x".repeat(600) + "@example.org>";
        String longSubject = "Inzage " + "s".repeat(700);
        MimeMessage mail = mail("lang@example.org", longSubject, "Graag inzage in mijn persoonsgegevens.", longId);
        deliver(mail);
        MimeMessage longName = mail("naam@example.org", "Inzage", "Graag inzage in mijn persoonsgegevens.", "<naam-1@example.org>");
        longName.setFrom(new InternetAddress("naam@example.org", "N".repeat(250), "UTF-8"));
        deliver(longName);

        assertThat(poller.poll()).containsEntry("unreadable", 2);
        runJobs();

        var row = jdbc.queryForMap("SELECT * FROM incoming_mail WHERE outcome = 'unreadable' AND from_address LIKE '%lang@example.org%'");
        String id = (String) row.get("MESSAGE_ID");
        assertThat(id).startsWith("<unreadable-").hasSizeLessThanOrEqualTo(500);
        assertThat((String) row.get("SUBJECT")).hasSize(500).startsWith("Inzage sss").endsWith("[...cut]");
        assertThat((String) row.get("RAW_MESSAGE")).contains("x".repeat(600)).contains("s".repeat(700));
        assertThat(reviewReasonOf(id)).contains("Message-ID of 614 characters (at most 500)").contains("Subject of 707 characters");
        assertThat(reviewReasonOf("<naam-1@example.org>")).contains("sender name of 250 characters (at most 200)");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM data_subject_request WHERE requester_email IN ('lang@example.org', 'naam@example.org')",
                Integer.class)).as("nothing started behind support's back").isZero();
        assertThat(poller.poll()).as("taken in once, not read again").isEmpty();
    }

    @Test
    void a_mailbox_that_is_down_is_reported_and_read_when_it_is_back() throws Exception {
        mailServer.stop();
        assertThatThrownBy(() -> poller.poll()).isInstanceOf(MailboxPoller.MailboxUnavailable.class).hasMessageContaining("cannot be read");

        mailServer.start();
        deliver(mail("terug@example.org", "AVG", "Graag inzage in mijn persoonsgegevens.", "<terug-1@example.org>"));
        assertThat(poller.poll()).containsEntry("request", 1);
    }

    @Test
    void a_crash_between_starting_the_request_and_marking_the_mail_read_starts_nothing_twice() throws Exception {
        MimeMessage mail = mail("crash@example.org", "AVG", "Verwijder mijn persoonsgegevens.", "<crash-1@example.org>");
        deliver(mail);
        // What the poller does before it marks the mail as read, then "crashes".
        intake.handle(parser.parse(mail, NOW));

        assertThat(poller.poll()).containsEntry("duplicate", 1).doesNotContainKey("request");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM data_subject_request WHERE requester_email = 'crash@example.org'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void two_hundred_mails_give_exactly_the_requests_they_hold() throws Exception {
        for (int i = 0; i < 180; i++) {
            deliver(mail("bulk" + i + "@load.example", "AVG verzoek " + i, "Graag inzage in mijn gegevens.", "<load-" + i + "@load.example>"));
        }
        for (int i = 0; i < 10; i++) {
            deliver(mail("bulk" + i + "@load.example", "AVG verzoek " + i, "Graag inzage in mijn gegevens.", "<load-" + i + "@load.example>"));
            MimeMessage auto = mail("auto" + i + "@load.example", "Automatisch antwoord", "Ik ben er niet.", "<auto-" + i + "@load.example>");
            auto.setHeader("Auto-Submitted", "auto-replied");
            deliver(auto);
        }

        var outcomes = poller.poll();

        assertThat(outcomes).containsEntry("request", 180).containsEntry("duplicate", 10).containsEntry("auto-reply", 10);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM data_subject_request WHERE requester_email LIKE '%@load.example'", Integer.class))
                .isEqualTo(180);
    }

    @Test
    void a_request_a_colleague_opened_first_is_still_taken_in_exactly_once() throws Exception {
        deliver(mail("gelezen@example.org", "Inzageverzoek", "Graag inzage in mijn persoonsgegevens.", "<gelezen-1@example.org>"));
        colleagueOpens("<gelezen-1@example.org>");

        assertThat(poller.poll()).containsEntry("request", 1);
        assertThat(poller.poll()).as("a second poll takes nothing").isEmpty();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM data_subject_request WHERE requester_email = 'gelezen@example.org'", Integer.class))
                .isEqualTo(1);
        assertThat(flagsOf("<gelezen-1@example.org>").contains(Flags.Flag.SEEN)).as("still read, as the colleague left it").isTrue();
    }

    @Test
    void the_helpdesk_keeps_its_unread_markers_and_sees_the_keyword_on_the_mails_the_product_acted_on() throws Exception {
        deliver(mail("klant@example.org", "Pakbon", "Hoe koppel ik mijn webshop aan de pakbonprinter?", "<helpdesk-1@example.org>"));
        deliver(mail("ongelezen@example.org", "AVG", "Verwijder mijn persoonsgegevens.", "<ongelezen-1@example.org>"));
        deliver(mail("gelezen2@example.org", "AVG", "Graag inzage in mijn persoonsgegevens.", "<gelezen-2@example.org>"));
        colleagueOpens("<gelezen-2@example.org>");

        assertThat(poller.poll()).containsEntry("not-privacy", 1).containsEntry("request", 2);

        Flags helpdesk = flagsOf("<helpdesk-1@example.org>");
        assertThat(helpdesk.contains(Flags.Flag.SEEN)).as("helpdesk mail still unread").isFalse();
        assertThat(helpdesk.getUserFlags()).as("helpdesk mail left alone").isEmpty();
        Flags unread = flagsOf("<ongelezen-1@example.org>");
        assertThat(unread.contains(Flags.Flag.SEEN)).as("request still unread").isFalse();
        assertThat(unread.contains("$PrivacyIntake")).isTrue();
        Flags read = flagsOf("<gelezen-2@example.org>");
        assertThat(read.contains(Flags.Flag.SEEN)).as("request still read").isTrue();
        assertThat(read.contains("$PrivacyIntake")).isTrue();
    }

    @Test
    void after_a_restart_the_product_takes_in_only_the_mail_that_came_since() throws Exception {
        deliver(mail("voor@example.org", "AVG", "Graag inzage in mijn persoonsgegevens.", "<voor-1@example.org>"));
        assertThat(poller.poll()).containsEntry("request", 1);

        MailboxPoller afterRestart = new MailboxPoller(properties, parser, intake, bookkeeping, clock);
        assertThat(afterRestart.poll()).as("old mail, same UIDVALIDITY").isEmpty();

        deliver(mail("na@example.org", "AVG", "Graag inzage in mijn persoonsgegevens.", "<na-1@example.org>"));
        assertThat(afterRestart.poll()).containsOnly(Map.entry("request", 1));
    }

    @Test
    void the_first_read_of_a_mailbox_leaves_mail_older_than_the_window_as_the_helpdesks_past() throws Exception {
        deliver(mail("lang.geleden@example.org", "AVG", "Verwijder mijn persoonsgegevens.", "<verleden-1@example.org>"));
        jdbc.update("DELETE FROM mailbox_bookkeeping");
        // Two months on, the product reads this mailbox for the first time.
        moveClockTo(java.time.Instant.now().plus(java.time.Duration.ofDays(60)));

        assertThat(poller.poll()).as("nothing filed from the past").isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM data_subject_request WHERE requester_email = 'lang.geleden@example.org'",
                Integer.class)).isZero();
        assertThat(flagsOf("<verleden-1@example.org>").contains("$PrivacyIntake")).as("left as it was").isFalse();

        // From then on it keeps its place: new mail is taken in as always.
        deliver(mail("nu@example.org", "AVG", "Graag inzage in mijn persoonsgegevens.", "<verleden-2@example.org>"));
        moveClockTo(java.time.Instant.now());
        assertThat(poller.poll()).containsOnly(Map.entry("request", 1));
    }

    @Test
    void when_the_server_hands_out_a_new_uidvalidity_the_folder_is_read_again_and_nothing_starts_twice() throws Exception {
        deliver(mail("oud@example.org", "AVG", "Graag inzage in mijn persoonsgegevens.", "<oud-1@example.org>"));
        assertThat(poller.poll()).containsEntry("request", 1);

        jdbc.update("UPDATE mailbox_bookkeeping SET uid_validity = uid_validity + 1");

        assertThat(poller.poll()).containsOnly(Map.entry("duplicate", 1));
        assertThat(poller.poll()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM data_subject_request WHERE requester_email = 'oud@example.org'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void with_a_handled_folder_configured_the_mails_the_product_acted_on_move_there_and_helpdesk_mail_stays() throws Exception {
        MailboxProperties p = properties;
        MailboxProperties moving = new MailboxProperties(p.enabled(), p.protocol(), p.host(), p.port(), p.username(), p.password(),
                p.starttls(), p.sslTrust(), p.folder(), p.pollInterval(), p.maxAttachmentBytes(), p.maxMessagesPerPoll(),
                p.maxMessageBytes(), p.maxNestingDepth(), p.handledKeyword(), "Privacy/Handled", p.idle(), p.idleRenewal(), p.firstReadWindow());
        deliver(mail("verplaats@example.org", "AVG", "Verwijder mijn persoonsgegevens.", "<verplaats-1@example.org>"));
        deliver(mail("klant2@example.org", "Pakbon", "Waar blijft mijn pakbon?", "<helpdesk-2@example.org>"));

        assertThat(new MailboxPoller(moving, parser, intake, bookkeeping, clock).poll()).containsEntry("request", 1).containsEntry("not-privacy", 1);

        try (Store store = helpdeskStore()) {
            Folder handled = store.getFolder("Privacy/Handled");
            handled.open(Folder.READ_ONLY);
            Message moved = message(handled, "<verplaats-1@example.org>");
            assertThat(moved.getFlags().contains("$PrivacyIntake")).isTrue();
            assertThat(moved.getFlags().contains(Flags.Flag.SEEN)).as("still unread").isFalse();
            handled.close(false);
        }
        assertThat(flagsOf("<helpdesk-2@example.org>").contains(Flags.Flag.SEEN)).as("helpdesk mail in the inbox, unread").isFalse();
        assertThatThrownBy(() -> flagsOf("<verplaats-1@example.org>")).as("no longer in the inbox").isInstanceOf(AssertionError.class);
    }

    @Test
    void a_mail_that_arrives_while_the_product_waits_on_the_mailbox_is_taken_in_within_seconds() throws Exception {
        BlockingQueue<Map<String, Integer>> polls = new LinkedBlockingQueue<>();
        try (MailboxIdle idle = new MailboxIdle(properties, () -> polls.add(poller.poll()))) {
            idle.start();
            assertThat(polls.poll(10, TimeUnit.SECONDS)).as("the poll when it starts waiting").isNotNull();

            long delivered = System.nanoTime();
            deliver(mail("idle@example.org", "AVG", "Graag inzage in mijn persoonsgegevens.", "<idle-1@example.org>"));
            Map<String, Integer> woken = polls.poll(5, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - delivered) / 1_000_000;

            System.out.println("IDLE pick-up: mail delivered to request started in " + millis + " ms");
            assertThat(woken).as("woken by IDLE within 5 s").isNotNull().containsEntry("request", 1);
        }
    }

    /** A person in the helpdesk opens the mail in their own mail program. */
    private void colleagueOpens(String messageId) throws Exception {
        try (Store store = helpdeskStore()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            message(inbox, messageId).setFlag(Flags.Flag.SEEN, true);
            inbox.close(false);
        }
    }

    /** The flags of the mail as the helpdesk sees them. */
    private Flags flagsOf(String messageId) throws Exception {
        try (Store store = helpdeskStore()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Flags flags = message(inbox, messageId).getFlags();
            inbox.close(false);
            return flags;
        }
    }

    private static Message message(Folder folder, String messageId) throws Exception {
        for (Message m : folder.getMessages()) {
            if (messageId.equals(((MimeMessage) m).getMessageID())) {
                return m;
            }
        }
        throw new AssertionError("no mail " + messageId + " in " + folder.getFullName());
    }

    private Store helpdeskStore() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", properties.port(), MAILBOX, MAILBOX);
        return store;
    }

    /** The reason the "Review incoming e-mail" task for this mail gives support. */
    private String reviewReasonOf(String messageId) {
        var review = runtimeService.createProcessInstanceQuery().processDefinitionKey("review-incoming-mail")
                .variableValueEquals("incomingMessageId", messageId).singleResult();
        assertThat(review).as("review of " + messageId).isNotNull();
        assertThat(taskService.createTaskQuery().processInstanceId(review.getId()).singleResult().getName())
                .startsWith("Review incoming e-mail");
        return (String) runtimeService.getVariable(review.getId(), "unreadableBecause");
    }

    private static String messageIdOf(MimeMessage message) {
        try {
            return String.valueOf(message.getMessageID());
        } catch (Exception e) {
            return "";
        }
    }

    /** Through the embedded server's SMTP port, as a mail from outside arrives. */
    private void deliverOverSmtp(MimeMessage message) throws Exception {
        Properties settings = new Properties();
        settings.put("mail.smtp.host", "127.0.0.1");
        settings.put("mail.smtp.port", String.valueOf(mailServer.greenMail().getSmtp().getPort()));
        // As sent: Transport.send would otherwise give it a Message-ID of its own.
        jakarta.mail.Transport.send(new MimeMessage(Session.getInstance(settings), toStream(message)) {
            @Override
            protected void updateMessageID() {
            }
        });
    }

    private static java.io.InputStream toStream(MimeMessage message) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        message.writeTo(out);
        return new java.io.ByteArrayInputStream(out.toByteArray());
    }

    private List<MimeMessage> receivedBy(String address) throws Exception {
        return java.util.Arrays.stream(mailServer.greenMail().getReceivedMessages()).filter(m -> {
            try {
                return java.util.Arrays.toString(m.getAllRecipients()).contains(address);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static java.time.Instant instant(Object column) {
        return column instanceof java.time.OffsetDateTime zoned ? zoned.toInstant() : ((java.sql.Timestamp) column).toInstant();
    }
}
