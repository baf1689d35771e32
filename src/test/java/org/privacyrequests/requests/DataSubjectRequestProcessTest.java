package org.privacyrequests.requests;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.references.References;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.privacyrequests.requests.DeadlineExtension;
import org.privacyrequests.requests.DeadlineExtension.ExtensionRefused;
import org.privacyrequests.erasure.ErasureExecution;
import org.privacyrequests.support.ProcessScenario;
import org.springframework.beans.factory.annotation.Autowired;

/** One scenario per path through {@code processes/data-subject-request.bpmn}, on the real engine and mail server. */
class DataSubjectRequestProcessTest extends ProcessScenario {

    static final String JAN = "jan@bakkerijdevries.nl";
    static final String PIET = "piet.bakker@example.org";
    static final String LISA = "lisa@visserdesign.nl";
    static final String STRANGER = "nieuw.persoon@example.org";

    @Autowired DataSubjectRequestRepository requests;
    @Autowired DeadlineExtension extension;
    @Autowired org.privacyrequests.complaints.ComplaintIntake complaintIntake;
    @Autowired ErasureExecution erasure;
    @Autowired HistoryService historyService;
    @Autowired org.privacyrequests.access.AccessAnswers accessAnswers;
    @Autowired org.privacyrequests.erasure.ErasurePlans plans;

    @Test
    void access_request_from_a_customer_address_on_file_is_verified_automatically_and_answered_with_overview_and_json() {
        ProcessInstance request = fileRequest(JAN, "nl", "access");

        BpmnAwareTests.assertThat(request).hasPassed("Task_ConfirmReceipt", "Task_CheckIdentity", "Task_FindPersonalData")
                .hasNotPassed("UserTask_VerifyIdentity").isWaitingAt("UserTask_ReviewAccessAnswer");
        assertThat(mailsTo(JAN)).extracting(Mail::subject).containsExactly("We hebben uw privacyverzoek ontvangen (" + reference(request) + ")");

        complete(request, "UserTask_ReviewAccessAnswer", "support", Map.of("accessAnswerApproved", "yes"));

        BpmnAwareTests.assertThat(request).isEnded().hasPassed("Task_SendAccessAnswer", "EndEvent_RequestAnswered");
        Mail answer = mailsTo(JAN).get(1);
        assertThat(answer.attachments()).containsExactly(reference(request) + "-overview.html", reference(request) + "-personal-data.zip");
        assertThat(zipEntries(accessAnswers.find(reference(request)).orElseThrow().zip())).contains(
                reference(request) + "/personal-data.json", reference(request) + "/invoices-and-payments---invoice.csv",
                reference(request) + "/customer-accounts---customer.csv");
        assertThat(answer.body()).contains("Invoices and payments");
        assertThat(requests.find(reference(request)).orElseThrow().status()).isEqualTo(DataSubjectRequest.RequestStatus.CLOSED);
        String overview = accessAnswers.find(reference(request)).orElseThrow().html();
        assertThat(overview).contains("Uw persoonsgegevens bij Picqer B.V.", "Customer accounts", "bewaard zolang u klant bij ons bent",
                "Invoices and payments", "jan@bakkerijdevries.nl");
    }

    private static List<String> zipEntries(byte[] zip) {
        List<String> names = new java.util.ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return names;
    }

    @Test
    void the_access_overview_shows_what_people_typed_as_text_never_as_html() {
        String email = "script@example.org";
        company.activeCustomer(email, 0, 0);
        jdbc.update("UPDATE customer SET contact_name = '<script>alert(1)</script>' WHERE email = ?", email);
        ProcessInstance request = fileRequest(email, "en", "access");

        String overview = accessAnswers.find(reference(request)).orElseThrow().html();

        assertThat(overview).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
        assertThat(overview).contains("Your personal data at Picqer B.V.", "kept as long as you are our customer");
    }

    @Test
    void access_overview_that_is_incomplete_is_built_again_before_it_goes_out() {
        ProcessInstance request = fileRequest(JAN, "en", "portability");

        complete(request, "UserTask_ReviewAccessAnswer", "support", Map.of("accessAnswerApproved", "no", "reviewNote", "Invoice 2026 missing"));
        BpmnAwareTests.assertThat(request).isWaitingAt("UserTask_ReviewAccessAnswer");
        assertThat(mailsTo(JAN)).hasSize(1);

        complete(request, "UserTask_ReviewAccessAnswer", "support", Map.of("accessAnswerApproved", "yes"));
        BpmnAwareTests.assertThat(request).isEnded();
        assertThat(mailsTo(JAN).get(1).subject()).contains(reference(request));
    }

    @Test
    void unknown_address_is_verified_by_hand_and_gets_the_answer_that_no_data_is_held() {
        ProcessInstance request = fileRequest(STRANGER, "nl", "access");

        BpmnAwareTests.assertThat(request).isWaitingAt("UserTask_VerifyIdentity");
        assertThat(task(request, "UserTask_VerifyIdentity").getDueDate()).isEqualTo(java.util.Date.from(NOW.plus(Duration.ofDays(28))));

        complete(request, "UserTask_VerifyIdentity", "support", Map.of("identityDecision", "verified", "identityNote", "Called back on the number in the letter"));

        BpmnAwareTests.assertThat(request).isEnded().hasPassed("Task_SendNoDataHeld");
        assertThat(mailsTo(STRANGER).get(1).body()).contains(reference(request));
        assertThat(requests.find(reference(request)).orElseThrow().outcome()).isEqualTo("no personal data held");
    }

    @Test
    void a_requester_writing_from_another_address_is_found_by_the_customer_number_support_verified() {
        long customerId = company.activeCustomer("old.address@example.org", 2, 0);
        ProcessInstance request = fileRequest("new.address@example.org", "en", "access");

        complete(request, "UserTask_VerifyIdentity", "support", Map.of("identityDecision", "verified",
                "identityNote", "Customer number and last invoice amount match", "customerNumber", String.valueOf(customerId)));

        BpmnAwareTests.assertThat(request).isWaitingAt("UserTask_ReviewAccessAnswer");
        assertThat(jdbc.queryForList("SELECT record_type FROM found_record WHERE reference = ?", String.class, reference(request)))
                .contains("customer", "invoice");
        assertThat(runtimeService.getVariables(request.getId())).doesNotContainKey("customerNumber");
    }

    @Test
    void asking_for_more_information_waits_for_the_answer_and_then_verifies_again() {
        ProcessInstance request = fileRequest(STRANGER, "en", "access");

        complete(request, "UserTask_VerifyIdentity", "support",
                Map.of("identityDecision", "askMoreInformation", "informationNeeded", "Your customer number, please."));
        BpmnAwareTests.assertThat(request).isWaitingAt("Gateway_WaitForIdentityInformation");
        assertThat(mailsTo(STRANGER).get(1).body()).contains("Your customer number, please.");

        deliverIdentityInformation(request);

        BpmnAwareTests.assertThat(request).isWaitingAt("UserTask_VerifyIdentity");
    }

    @Test
    void no_answer_to_the_question_about_identity_closes_the_request_after_fourteen_days() {
        ProcessInstance request = fileRequest(STRANGER, "nl", "erasure");
        complete(request, "UserTask_VerifyIdentity", "support",
                Map.of("identityDecision", "askMoreInformation", "informationNeeded", "Uw klantnummer graag."));

        moveClockTo(NOW.plus(Duration.ofDays(13)));
        runJobs();
        BpmnAwareTests.assertThat(request).isNotEnded();

        moveClockTo(NOW.plus(Duration.ofDays(14)).plusSeconds(60));
        runJobs();

        BpmnAwareTests.assertThat(request).isEnded().hasPassed("Task_SendClosedWithoutIdentity", "EndEvent_ClosedWithoutIdentity");
        assertThat(mailsTo(STRANGER)).hasSize(3);
        assertThat(mailsTo(STRANGER).get(2).body()).contains("Autoriteit Persoonsgegevens");
    }

    @Test
    void identity_that_cannot_be_established_ends_in_a_refusal_that_names_the_authority_and_the_court() {
        ProcessInstance request = fileRequest(STRANGER, "en", "access");

        complete(request, "UserTask_VerifyIdentity", "support", Map.of("identityDecision", "rejected",
                "refusalReason", "The details you sent do not match any of our records."));

        BpmnAwareTests.assertThat(request).isEnded().hasPassed("Task_SendRefusal", "EndEvent_RequestRefused");
        Mail refusal = mailsTo(STRANGER).get(1);
        assertThat(refusal.body()).contains("The details you sent do not match any of our records.", "Autoriteit Persoonsgegevens",
                "autoriteitpersoonsgegevens.nl");
    }

    @Test
    void a_consumer_known_only_from_webshop_orders_is_referred_to_each_webshop_which_gets_the_request_forwarded() {
        ProcessInstance request = fileRequest(PIET, "nl", "erasure");

        BpmnAwareTests.assertThat(request).isEnded().hasPassed("Task_ForwardToWebshop", "Task_TellRequesterWhichWebshops")
                .hasNotPassed("Gateway_WhichRights");
        assertThat(onlyMailTo("privacy@koffieenco.example.nl").body()).contains(PIET, reference(request));
        assertThat(onlyMailTo("privacy@buitensportdirect.example.nl").body()).contains(PIET);
        assertThat(mailsTo(PIET).get(1).body()).contains("Koffie & Co", "Buitensport Direct");
    }

    @Test
    void a_customer_who_also_ordered_at_a_webshop_gets_both_the_referral_and_the_access_answer() {
        ProcessInstance request = fileRequest(LISA, "en", "access");

        BpmnAwareTests.assertThat(request).hasPassed("Task_ForwardToWebshop", "Task_TellRequesterWhichWebshops")
                .isWaitingAt("UserTask_ReviewAccessAnswer");
        assertThat(onlyMailTo("privacy@greengarden.example.com").subject()).contains(reference(request));

        complete(request, "UserTask_ReviewAccessAnswer", "support", Map.of("accessAnswerApproved", "yes"));
        BpmnAwareTests.assertThat(request).isEnded();
        assertThat(mailsTo(LISA)).hasSize(3);
    }

    @Test
    void rectification_corrects_the_customer_record_tells_the_recipients_and_forgets_the_new_values() {
        String email = "rectify@example.org";
        company.activeCustomer(email, 1, 0);
        ProcessInstance request = fileRequest(email, "en", "rectification");

        complete(request, "UserTask_ApplyCorrection", "support", Map.of("correctionDecision", "corrected",
                "correctedPhone", "+31 6 9999 0000", "correctedCity", "Nijmegen", "correctedContactName", ""));

        BpmnAwareTests.assertThat(request).isEnded().hasPassed("Task_CorrectData", "Task_SendRectificationAnswer");
        assertThat(jdbc.queryForObject("SELECT phone FROM customer WHERE email = ?", String.class, email)).isEqualTo("+31 6 9999 0000");
        assertThat(jdbc.queryForObject("SELECT city FROM customer WHERE email = ?", String.class, email)).isEqualTo("Nijmegen");
        assertThat(onlyMailTo("privacy@payments.example.com").body()).contains(reference(request));
        assertThat(mailsTo(email).get(1).body()).contains("Payment provider");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(request.getId())
                .variableNameIn("correctedPhone", "correctedCity", "text").count()).isZero();
    }

    @Test
    void art16_the_answer_says_per_field_asked_whether_it_was_corrected_and_why_not_with_the_right_to_complain() {
        String email = "rectify.partly@example.org";
        company.activeCustomer(email, 0, 0);
        ProcessInstance request = fileRequest(email, "en", "rectification");

        assertThatThrownBy(() -> complete(request, "UserTask_ApplyCorrection", "support", Map.of("correctionDecision", "corrected",
                "correctedCity", "Nijmegen", "notCorrectedFields", new java.util.ArrayList<>(List.of("contactName")))))
                .as("a field not corrected needs its reason").hasMessageContaining("Say why");
        complete(request, "UserTask_ApplyCorrection", "support", Map.of("correctionDecision", "corrected", "correctedCity", "Nijmegen",
                "notCorrectedFields", new java.util.ArrayList<>(List.of("contactName")),
                "notCorrectedReason", "The name on the account is the one on your chamber of commerce registration."));

        assertThat(jdbc.queryForObject("SELECT city FROM customer WHERE email = ?", String.class, email)).isEqualTo("Nijmegen");
        Mail answer = mailsTo(email).get(mailsTo(email).size() - 1);
        assertThat(answer.body()).contains("- city", "We have not changed:", "- contact name",
                "Why: The name on the account is the one on your chamber of commerce registration.", "Autoriteit Persoonsgegevens");
    }

    @Test
    void a_correction_without_any_value_or_with_a_wrong_phone_number_is_refused_and_the_task_stays_open() {
        String email = "rectify.empty@example.org";
        company.activeCustomer(email, 0, 0);
        ProcessInstance request = fileRequest(email, "en", "rectification");

        assertThatThrownBy(() -> complete(request, "UserTask_ApplyCorrection", "support",
                Map.of("correctionDecision", "corrected", "correctedCity", " ")))
                .hasMessageContaining("Enter at least one corrected value");
        assertThatThrownBy(() -> complete(request, "UserTask_ApplyCorrection", "support",
                Map.of("correctionDecision", "corrected", "correctedPhone", "call me maybe")))
                .hasMessageContaining("phone number may contain only digits");

        BpmnAwareTests.assertThat(request).isWaitingAt("UserTask_ApplyCorrection");
    }

    @Test
    void a_corrected_value_longer_than_a_system_holds_is_refused_in_the_staff_language_and_nothing_is_written_one_at_the_limit_is() {
        String email = "rectify.long@example.org";
        company.activeCustomer(email, 0, 0);
        String phoneBefore = jdbc.queryForObject("SELECT phone FROM customer WHERE email = ?", String.class, email);
        ProcessInstance request = fileRequest(email, "en", "rectification");
        // customer.city is VARCHAR(100); the form's maxLength is checked in the browser only, the server checks the column.
        String tooLong = "N".repeat(101);
        String atTheLimit = "N".repeat(100);

        assertThatThrownBy(() -> complete(request, "UserTask_ApplyCorrection", "support", Map.of("correctionDecision", "corrected",
                "correctedPhone", "+31 6 1111 2222", "correctedCity", tooLong)))
                .hasMessageContaining("Plaats: het systeem Customer accounts bewaart hooguit 100 tekens.")
                .hasMessageContaining("Maak de gecorrigeerde waarde korter");
        BpmnAwareTests.assertThat(request).isWaitingAt("UserTask_ApplyCorrection");
        assertThat(jdbc.queryForMap("SELECT phone, city FROM customer WHERE email = ?", email))
                .as("nothing is written, not even the value that fits").containsEntry("PHONE", phoneBefore).doesNotContainEntry("CITY", tooLong);

        complete(request, "UserTask_ApplyCorrection", "support", Map.of("correctionDecision", "corrected",
                "correctedPhone", "+31 6 1111 2222", "correctedCity", atTheLimit));

        BpmnAwareTests.assertThat(request).isEnded().hasPassed("Task_CorrectData");
        assertThat(jdbc.queryForObject("SELECT city FROM customer WHERE email = ?", String.class, email)).isEqualTo(atTheLimit);
        assertThat(jdbc.queryForObject("SELECT phone FROM customer WHERE email = ?", String.class, email)).isEqualTo("+31 6 1111 2222");
    }

    @Test
    void rectification_that_is_not_justified_is_refused_with_the_reason() {
        ProcessInstance request = fileRequest(JAN, "nl", "rectification");

        complete(request, "UserTask_ApplyCorrection", "support", Map.of("correctionDecision", "refused",
                "refusalReason", "Het adres dat u noemt is al het adres dat wij gebruiken."));

        BpmnAwareTests.assertThat(request).isEnded().hasPassed("Task_SendRectificationRefusal");
        assertThat(mailsTo(JAN).get(1).body()).contains("Het adres dat u noemt", "Autoriteit Persoonsgegevens");
    }

    @Test
    void erasure_request_from_a_customer_with_invoices_ends_in_partial_erasure_that_names_the_seven_year_hold() {
        String email = "erase.partly@example.org";
        company.formerCustomer(email, LocalDate.of(2024, 3, 31), 3);
        ProcessInstance request = fileRequest(email, "en", "erasure");

        BpmnAwareTests.assertThat(request).isWaitingAt("UserTask_PrepareErasurePlan");
        assertThat((String) runtimeService.getVariable(request.getId(), "erasurePlanSummary"))
                .contains("Keep", "Invoices and payments / financial", "until 2031-03-31", "Erase", "Customer accounts / contact");

        complete(request, "UserTask_PrepareErasurePlan", "support", Map.of("erasurePlanConfirmed", true));
        complete(request, "UserTask_ApproveErasure", "manager", Map.of("erasureApproved", "yes"));

        BpmnAwareTests.assertThat(request).isEnded().hasPassed("Task_EraseData", "Task_SendErasureAnswer");
        assertThat(company.count("SELECT COUNT(*) FROM account_user WHERE email = ?", email)).isZero();
        assertThat(company.count("SELECT COUNT(*) FROM customer WHERE email = ?", email)).isZero();
        assertThat(company.count("SELECT COUNT(*) FROM invoice WHERE invoice_number LIKE 'T-%' AND billing_name = 'Test Person'")).isGreaterThanOrEqualTo(3);
        Mail answer = mailsTo(email).get(1);
        assertThat(answer.body()).contains("31 March 2031", "7");
        assertThat(requests.find(reference(request)).orElseThrow().outcome()).isEqualTo("partially erased (legal holds)");
    }

    @Test
    void erasure_rejected_by_the_manager_changes_nothing_and_tells_the_requester_why() {
        String email = "erase.rejected@example.org";
        company.activeCustomer(email, 1, 2);
        ProcessInstance request = fileRequest(email, "nl", "erasure");

        complete(request, "UserTask_PrepareErasurePlan", "support", Map.of("erasurePlanConfirmed", true));
        complete(request, "UserTask_ApproveErasure", "manager", Map.of("erasureApproved", "no",
                "refusalReason", "Wij hebben deze gegevens nodig voor een lopend geschil."));

        BpmnAwareTests.assertThat(request).isEnded().hasPassed("Task_SendErasureRefusal").hasNotPassed("Task_EraseData");
        assertThat(company.count("SELECT COUNT(*) FROM website_visit WHERE visitor_email = ?", email)).isEqualTo(2);
        assertThat(mailsTo(email).get(1).body()).contains("lopend geschil", "Autoriteit Persoonsgegevens");
    }

    @Test
    void four_eyes_rule_refuses_an_approval_by_the_person_who_prepared_the_plan() {
        String email = "four.eyes@example.org";
        company.activeCustomer(email, 0, 1);
        teamLeadInSupportAndManagers("lead");
        ProcessInstance request = fileRequest(email, "en", "erasure");
        complete(request, "UserTask_PrepareErasurePlan", "lead", Map.of("erasurePlanConfirmed", true));

        assertThatThrownBy(() -> complete(request, "UserTask_ApproveErasure", "lead", Map.of("erasureApproved", "yes")))
                .hasMessageContaining("Four-eyes rule");
        BpmnAwareTests.assertThat(request).isWaitingAt("UserTask_ApproveErasure");

        complete(request, "UserTask_ApproveErasure", "manager", Map.of("erasureApproved", "yes"));
        BpmnAwareTests.assertThat(request).isEnded();
        assertThat(company.count("SELECT COUNT(*) FROM website_visit WHERE visitor_email = ?", email)).isZero();
    }

    private void teamLeadInSupportAndManagers(String id) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            identityService.saveUser(identityService.newUser(id));
            identityService.createMembership(id, "support");
            identityService.createMembership(id, "managers");
        }
    }

    @Test
    void carrying_out_an_erasure_plan_does_what_the_approved_dry_run_said_and_twice_changes_nothing_the_second_time() {
        String email = "erase.twice@example.org";
        company.formerCustomer(email, LocalDate.of(2018, 1, 31), 2);
        jdbc.update("INSERT INTO website_visit (id, visitor_email, ip_address, page, visited_at) VALUES (990001, ?, '192.0.2.1', '/pricing', ?)",
                email, java.sql.Timestamp.from(NOW.minus(Duration.ofDays(3))));
        ProcessInstance request = fileRequest(email, "en", "erasure");
        complete(request, "UserTask_PrepareErasurePlan", "support", Map.of("erasurePlanConfirmed", true));
        var plan = plans.of(reference(request));
        Map<String, Long> planned = plan.stream().filter(i -> i.action() != org.privacyrequests.lookup.PersonalDataSource.ErasureAction.KEEP)
                .collect(java.util.stream.Collectors.groupingBy(i -> i.source(), java.util.stream.Collectors.counting()));
        assertThat(planned).as("the dry run: invoices from 2022 on are past the 7 years of a relationship that ended in 2018")
                .containsEntry("Customer accounts", 2L).containsEntry("Website visits", 1L).containsEntry("Invoices and payments", 2L);

        complete(request, "UserTask_ApproveErasure", "manager", Map.of("erasureApproved", "yes"));
        BpmnAwareTests.assertThat(request).isEnded();
        assertThat(recorded(reference(request), AuditAction.ERASURE_CARRIED_OUT)).as("what was carried out, per system, is what the dry run planned")
                .containsExactlyInAnyOrder(
                        Map.of("system", "Customer accounts", "erased", "2", "anonymised", "0", "kept", "0"),
                        Map.of("system", "Invoices and payments", "erased", "2", "anonymised", "0", "kept", "0"),
                        Map.of("system", "Website visits", "erased", "0", "anonymised", "1", "kept", "0"));
        assertThat(company.count("SELECT COUNT(*) FROM website_visit WHERE id = 990001 AND ip_address IS NULL AND visitor_email IS NULL")).isEqualTo(1);

        var again = erasure.execute(reference(request));
        assertThat(again.values()).allMatch(n -> n == 0);
        assertThat(company.count("SELECT COUNT(*) FROM website_visit WHERE id = 990001 AND ip_address IS NULL")).isEqualTo(1);
    }

    @Test
    void objection_to_direct_marketing_without_marketing_held_is_answered_that_none_was_used() {
        ProcessInstance request = fileRequest(JAN, "en", "objection");

        complete(request, "UserTask_AssessObjection", "support", Map.of("objectionKind", "directMarketing"));

        BpmnAwareTests.assertThat(request).isEnded().hasPassed("Task_StopDirectMarketing", "Task_ConfirmEndOfDirectMarketing");
        assertThat(mailsTo(JAN).get(1).body()).contains("We did not use your data for direct marketing in any of our systems.");
    }

    @Test
    void restriction_refused_names_the_reason_and_the_right_to_complain() {
        ProcessInstance request = fileRequest(JAN, "en", "restriction");

        complete(request, "UserTask_DecideRestrictionOrObjection", "support", Map.of("restrictionDecision", "refused",
                "refusalReason", "The accuracy of the data is not contested."));

        BpmnAwareTests.assertThat(request).isEnded().hasPassed("Task_SendRestrictionObjectionRefusal");
        assertThat(mailsTo(JAN).get(1).body()).contains("The accuracy of the data is not contested.", "Autoriteit Persoonsgegevens");
    }

    @Test
    void an_unclear_request_is_clarified_by_support_and_then_handled() {
        ProcessInstance request = fileRequest(JAN, "nl", "teleport");

        BpmnAwareTests.assertThat(request).isWaitingAt("UserTask_ClarifyRequest");
        complete(request, "UserTask_ClarifyRequest", "support", Map.of("clarifyOutcome", "clarified", "requestTypes", List.of("access")));

        BpmnAwareTests.assertThat(request).hasPassed("Task_RecordClarifiedRights").isWaitingAt("UserTask_ReviewAccessAnswer");
        assertThat(requests.find(reference(request)).orElseThrow().requestTypes()).isEqualTo("access");
    }

    @Test
    void a_manifestly_unfounded_request_is_refused_with_reasons_and_the_right_to_complain() {
        ProcessInstance request = fileRequest(JAN, "nl", "unclear");

        complete(request, "UserTask_ClarifyRequest", "support", Map.of("clarifyOutcome", "refused",
                "refusalReason", "U heeft deze week al twintig gelijke verzoeken gestuurd."));

        BpmnAwareTests.assertThat(request).isEnded().hasPassed("Task_SendRefusal");
        assertThat(mailsTo(JAN).get(1).body()).contains("twintig gelijke verzoeken", "Autoriteit Persoonsgegevens");
    }

    @Test
    void a_request_that_is_really_a_complaint_is_filed_as_one_received_when_the_request_was() {
        var filed = intake.file(new NewRequest(JAN, "Jan", List.of("unclear"), "Ik ben boos dat jullie mij blijven mailen.", "nl",
                "2026-11-20"), "api");
        ProcessInstance request = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(filed.reference()).singleResult();
        runJobs();
        moveClockTo(NOW.plus(Duration.ofDays(3)));

        complete(request, "UserTask_ClarifyRequest", "support", Map.of("clarifyOutcome", "complaint"));

        BpmnAwareTests.assertThat(request).isEnded().hasPassed("Task_FileRequestAsComplaint", "EndEvent_RequestFiledAsComplaint");
        String complaintReference = recorded(filed.reference(), AuditAction.REQUEST_FILED_AS_COMPLAINT).get(0).get("complaint");
        var complaint = jdbc.queryForMap("SELECT * FROM privacy_complaint WHERE reference = ?", complaintReference);
        assertThat(instant(complaint.get("RECEIVED_AT"))).isEqualTo(filed.receivedAt());
        assertThat(complaint).containsEntry("COMPLAINT_TEXT", "Ik ben boos dat jullie mij blijven mailen.").containsEntry("LANGUAGE", "nl")
                .containsEntry("CHANNEL", "api");
        assertThat(instant(complaint.get("DEADLINE"))).isEqualTo(complaintIntake.deadlineFor(filed.receivedAt()));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("privacy-complaint")
                .processInstanceBusinessKey((String) complaint.get("REFERENCE")).count()).isEqualTo(1);
        var closed = requests.find(filed.reference()).orElseThrow();
        assertThat(closed.status()).isEqualTo(DataSubjectRequest.RequestStatus.CLOSED);
        assertThat(closed.outcome()).isEqualTo("filed as a complaint " + complaint.get("REFERENCE"));
        assertThat(jdbc.queryForObject("SELECT outcome FROM request_outcome WHERE reference = ?", String.class, filed.reference()))
                .isEqualTo("FILED_AS_COMPLAINT");
    }

    @Test
    void support_is_reminded_a_week_before_the_deadline() {
        ProcessInstance request = fileRequest(STRANGER, "nl", "access");

        moveClockTo(NOW.plus(Duration.ofDays(21)).plusSeconds(60));
        runJobs();

        BpmnAwareTests.assertThat(request).hasPassed("Task_RemindSupport").isWaitingAt("UserTask_VerifyIdentity");
        assertThat(onlyMailTo("support@picqer.com").body()).contains(reference(request));
    }

    @Test
    void art12_3_a_request_past_its_deadline_is_escalated_to_managers_and_the_requester_is_told() {
        ProcessInstance request = fileRequest(STRANGER, "en", "access");

        moveClockTo(NOW.plus(Duration.ofDays(28)).plusSeconds(60));
        runJobs();

        BpmnAwareTests.assertThat(request).isWaitingAt("UserTask_VerifyIdentity", "UserTask_ResolveOverdueRequest");
        assertThat(requests.find(reference(request)).orElseThrow().status()).isEqualTo(DataSubjectRequest.RequestStatus.OVERDUE);
        assertThat(taskService.createTaskQuery().taskCandidateGroup("managers").processInstanceId(request.getId()).count()).isEqualTo(1);
        assertThat(onlyMailTo("privacy@picqer.com").subject()).contains(reference(request));
        Mail late = mailsTo(STRANGER).get(mailsTo(STRANGER).size() - 1);
        assertThat(late.subject()).contains("late", reference(request));
        assertThat(late.body()).contains("should have answered it by", "Autoriteit Persoonsgegevens");

        complete(request, "UserTask_ResolveOverdueRequest", "manager", Map.of("overdueResolution", "Answered by phone today."));
        BpmnAwareTests.assertThat(request).hasPassed("EndEvent_OverdueResolved").isWaitingAt("UserTask_VerifyIdentity");
    }

    @Test
    void an_extension_within_the_first_month_moves_the_deadline_timers_and_due_dates_and_tells_the_requester() {
        ProcessInstance request = fileRequest(STRANGER, "en", "access");
        moveClockTo(NOW.plus(Duration.ofDays(10)));

        extension.extend(reference(request), 2, "Your request covers many systems and years of records.");
        runJobs();

        BpmnAwareTests.assertThat(request).hasPassed("Task_MoveDeadline", "Task_SendExtensionNotice");
        var newDeadline = requests.find(reference(request)).orElseThrow().deadline();
        assertThat(newDeadline).isEqualTo(NOW.plus(Duration.ofDays(28)).atZone(java.time.ZoneId.of("Europe/Amsterdam")).plusMonths(2).toInstant());
        assertThat(task(request, "UserTask_VerifyIdentity").getDueDate().toInstant()).isEqualTo(newDeadline);
        assertThat(mailsTo(STRANGER).get(1).body()).contains("Your request covers many systems");

        moveClockTo(NOW.plus(Duration.ofDays(29)));
        runJobs();
        BpmnAwareTests.assertThat(request).hasNotPassed("Task_MarkRequestOverdue");
    }

    @Test
    void art12_3_an_extension_once_the_promised_four_weeks_have_passed_is_refused_with_a_clear_message() {
        ProcessInstance request = fileRequest(STRANGER, "en", "access");
        moveClockTo(NOW.plus(Duration.ofDays(29)));
        runJobs();

        assertThatThrownBy(() -> extension.extend(reference(request), 1, "Many systems and years of records to search."))
                .isInstanceOf(ExtensionRefused.class).hasMessageContaining("before the deadline passes");
        assertThat(requests.find(reference(request)).orElseThrow().extensionReason()).isNull();
    }

    @Test
    void a_request_entered_by_hand_in_tasklist_gets_a_reference_and_keeps_its_text_out_of_the_process() {
        actAs("support");
        ProcessInstance request = runtimeService.startProcessInstanceByKey(RequestProcess.KEY, Map.of(
                "requesterEmail", STRANGER, "requesterName", "Nieuw Persoon", "requestTypes", List.of("access"),
                "text", "Brief van 20 november: graag inzage.", "language", "nl", "receivedAt", "2026-11-20"));
        identityService.clearAuthentication();
        runJobs();

        String reference = runtimeService.createProcessInstanceQuery().processInstanceId(request.getId()).singleResult().getBusinessKey();
        assertThat(reference).matches(References.REQUEST_PATTERN);
        var record = requests.find(reference).orElseThrow();
        assertThat(record.requestText()).isEqualTo("Brief van 20 november: graag inzage.");
        assertThat(record.channel()).isEqualTo("tasklist");
        assertThat(runtimeService.getVariables(request.getId())).doesNotContainKeys("text", "requesterName");
        assertThat(task(request, "UserTask_VerifyIdentity").getDueDate().toInstant())
                .isEqualTo(java.time.Instant.parse("2026-12-17T23:00:00Z"));
    }

    private static java.time.Instant instant(Object column) {
        return column instanceof java.time.OffsetDateTime zoned ? zoned.toInstant() : ((java.sql.Timestamp) column).toInstant();
    }
}
