package org.privacyrequests.complaints;

import org.privacyrequests.audit.AuditAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.privacyrequests.references.References;
import org.privacyrequests.support.ProcessScenario;
import org.springframework.beans.factory.annotation.Autowired;

/** One scenario per path through {@code processes/privacy-complaint.bpmn}. */
class PrivacyComplaintProcessTest extends ProcessScenario {

    static final String COMPLAINANT = "boos@example.org";

    @Autowired ComplaintIntake complaintIntake;
    @Autowired PrivacyComplaints complaints;
    @Autowired ComplainantReply reply;
    @Autowired org.privacyrequests.deadlines.Deadlines deadlines;

    private ProcessInstance fileComplaint(String language) {
        var filed = complaintIntake.file(new NewComplaint(COMPLAINANT, "Bo Boos", "Jullie mailen mij steeds reclame.", language, null), "api");
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(filed.reference()).singleResult();
        runJobs();
        return instance;
    }

    private void assess(ProcessInstance complaint, Map<String, Object> form) {
        complete(complaint, "UserTask_AssessComplaint", "support", form);
    }

    private void answer(ProcessInstance complaint, String outcome) {
        assess(complaint, Map.of("complaintCategory", "marketing", "processorOnly", false));
        complete(complaint, "UserTask_RespondToComplainant", "support", Map.of("proposedOutcome", outcome,
                "responseText", "We have removed you from every mailing list and checked why this happened."));
    }

    @Test
    void a_complainant_who_is_satisfied_with_the_answer_closes_the_complaint_as_resolved() {
        ProcessInstance complaint = fileComplaint("en");
        assertThat(complaint.getBusinessKey()).matches(References.COMPLAINT_PATTERN);
        assertThat(mailsTo(COMPLAINANT).get(0).subject()).contains(complaint.getBusinessKey());

        answer(complaint, "upheld");
        assertThat(mailsTo(COMPLAINANT).get(1).body()).contains("We have removed you from every mailing list");
        BpmnAwareTests.assertThat(complaint).isWaitingAt("Gateway_WaitForComplainant");

        reply.record(complaint.getBusinessKey(), true, "Thanked us by phone");
        runJobs();

        BpmnAwareTests.assertThat(complaint).isEnded().hasPassed("Task_CloseComplaintAsResolved", "EndEvent_ComplaintResolved");
        var record = complaints.find(complaint.getBusinessKey()).orElseThrow();
        assertThat(record.outcome().code()).isEqualTo("upheld");
        assertThat(record.category().code()).isEqualTo("marketing");
        assertThat(record.status().name()).isEqualTo("CLOSED");
    }

    @Test
    void no_reply_within_fourteen_days_closes_the_complaint_as_resolved() {
        ProcessInstance complaint = fileComplaint("nl");
        answer(complaint, "partlyUpheld");

        moveClockTo(NOW.plus(Duration.ofDays(14)).plusSeconds(60));
        runJobs();

        BpmnAwareTests.assertThat(complaint).isEnded().hasPassed("Event_NoReplyInTime", "EndEvent_ComplaintResolved");
        assertThat(complaints.find(complaint.getBusinessKey()).orElseThrow().outcome().code()).isEqualTo("partlyUpheld");
    }

    @Test
    void a_dissatisfied_complainant_is_escalated_to_managers_whose_final_answer_names_the_authority_and_the_court() {
        ProcessInstance complaint = fileComplaint("nl");
        answer(complaint, "notUpheld");

        reply.record(complaint.getBusinessKey(), false, null);
        runJobs();

        BpmnAwareTests.assertThat(complaint).isWaitingAt("UserTask_ReviewEscalatedComplaint");
        assertThat(onlyMailTo("privacy@picqer.com").subject()).contains(complaint.getBusinessKey());
        assertThat(complaints.find(complaint.getBusinessKey()).orElseThrow().status().name()).isEqualTo("ESCALATED");

        complete(complaint, "UserTask_ReviewEscalatedComplaint", "manager", Map.of("outcome", "partlyUpheld",
                "finalAnswer", "Wij hebben opnieuw gekeken en passen onze nieuwsbriefprocedure aan."));

        BpmnAwareTests.assertThat(complaint).isEnded().hasPassed("Task_SendFinalAnswer", "EndEvent_ComplaintClosedAfterReview");
        String finalAnswer = mailsTo(COMPLAINANT).get(2).body();
        assertThat(finalAnswer).contains("nieuwsbriefprocedure", "Autoriteit Persoonsgegevens", "autoriteitpersoonsgegevens.nl", "rechter");
        assertThat(complaints.find(complaint.getBusinessKey()).orElseThrow().outcome().code()).isEqualTo("partlyUpheld");
    }

    @Test
    void support_is_reminded_a_week_before_and_at_the_deadline_the_complaint_escalates_to_managers_by_itself() {
        ProcessInstance complaint = fileComplaint("en");

        moveClockTo(NOW.plus(Duration.ofDays(21)).plusSeconds(60));
        runJobs();
        assertThat(onlyMailTo("support@picqer.com").subject()).contains(complaint.getBusinessKey());

        moveClockTo(NOW.plus(Duration.ofDays(28)).plusSeconds(60));
        runJobs();

        BpmnAwareTests.assertThat(complaint).hasPassed("EndEvent_EscalateToManagers", "Event_DeadlineEscalated",
                "Task_AlertManagersOfOverdueComplaint").isWaitingAt("UserTask_ReviewEscalatedComplaint");
        assertThat(taskService.createTaskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("UserTask_AssessComplaint").count())
                .as("support's task is taken over").isZero();
        assertThat(onlyMailTo("privacy@picqer.com").subject()).contains(complaint.getBusinessKey());
    }

    @Test
    void a_complaint_about_data_held_for_a_webshop_is_forwarded_to_that_webshop() {
        ProcessInstance complaint = fileComplaint("nl");

        assess(complaint, Map.of("complaintCategory", "wrongProcessing", "processorOnly", true, "webshopDomain", "koffieenco.example.nl"));

        BpmnAwareTests.assertThat(complaint).isEnded().hasPassed("Task_ForwardComplaintToWebshop", "EndEvent_ComplaintForwarded");
        assertThat(onlyMailTo("privacy@koffieenco.example.nl").body()).contains(COMPLAINANT, complaint.getBusinessKey());
        assertThat(mailsTo(COMPLAINANT).get(1).body()).contains("Koffie & Co");
        assertThat(complaints.find(complaint.getBusinessKey()).orElseThrow().outcome().code()).isEqualTo("forwarded");
    }

    @Test
    void a_wrong_assessment_is_refused_with_a_message_and_the_task_stays_open() {
        ProcessInstance complaint = fileComplaint("en");

        assertThatThrownBy(() -> assess(complaint, Map.of("complaintCategory", "security", "processorOnly", true,
                "webshopDomain", "unknown-shop.example")))
                .hasMessageContaining("No webshop with domain unknown-shop.example");
        assertThatThrownBy(() -> assess(complaint, Map.of("complaintCategory", "security", "processorOnly", false,
                "relatedRequest", "DSR-2026-999999")))
                .hasMessageContaining("There is no request DSR-2026-999999");
        BpmnAwareTests.assertThat(complaint).isWaitingAt("UserTask_AssessComplaint");
    }

    @Test
    void a_complaint_about_a_late_answer_escalates_that_request_at_once_and_both_name_each_other() {
        ProcessInstance request = fileRequest("nieuw.persoon@example.org", "nl", "access");
        ProcessInstance complaint = fileComplaint("nl");

        assess(complaint, Map.of("complaintCategory", "lateAnswer", "processorOnly", false, "relatedRequest", request.getBusinessKey()));

        BpmnAwareTests.assertThat(request).isWaitingAt("UserTask_VerifyIdentity", "UserTask_ResolveEscalatedRequest")
                .variables().containsEntry("relatedComplaint", complaint.getBusinessKey());
        BpmnAwareTests.assertThat(complaint).variables().containsEntry("relatedRequest", request.getBusinessKey());
        assertThat(taskService.createTaskQuery().processInstanceId(request.getId()).taskCandidateGroup("managers").singleResult().getName())
                .startsWith("Resolve request escalated by complaint · " + request.getBusinessKey());

        complete(request, "UserTask_ResolveEscalatedRequest", "manager", Map.of("overdueResolution", "Called the requester; answer today."));
        BpmnAwareTests.assertThat(request).hasPassed("EndEvent_EscalatedRequestResolved").isWaitingAt("UserTask_VerifyIdentity");
    }

    @Test
    void support_records_a_reply_by_phone_from_tasklist_and_a_reply_to_a_complaint_not_yet_answered_is_refused() {
        ProcessInstance complaint = fileComplaint("en");
        actAs("support");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("record-complaint-reply",
                Map.of("complaintReference", complaint.getBusinessKey(), "satisfied", "no")))
                .hasMessageContaining("is not waiting for the complainant's reply");
        identityService.clearAuthentication();

        answer(complaint, "notUpheld");
        actAs("support");
        runtimeService.startProcessInstanceByKey("record-complaint-reply",
                Map.of("complaintReference", complaint.getBusinessKey(), "satisfied", "no", "replyNote", "Called on Monday, still unhappy"));
        identityService.clearAuthentication();
        runJobs();

        BpmnAwareTests.assertThat(complaint).isWaitingAt("UserTask_ReviewEscalatedComplaint");
    }

    @Test
    void a_complaint_entered_by_hand_gets_a_reference_and_its_text_stays_out_of_the_process() {
        actAs("support");
        ProcessInstance complaint = runtimeService.startProcessInstanceByKey(ComplaintProcess.KEY, Map.of(
                "complainantEmail", COMPLAINANT, "complainantName", "Bo Boos", "text", "Telefonisch: klacht over reclame.",
                "language", "nl", "receivedAt", "2026-11-25"));
        identityService.clearAuthentication();
        runJobs();

        String reference = runtimeService.createProcessInstanceQuery().processInstanceId(complaint.getId()).singleResult().getBusinessKey();
        assertThat(reference).matches(References.COMPLAINT_PATTERN);
        assertThat(complaints.find(reference).orElseThrow().complaintText()).isEqualTo("Telefonisch: klacht over reclame.");
        assertThat(runtimeService.getVariables(complaint.getId())).doesNotContainKeys("text", "complainantName");
        assertThat(complaints.countsPerMonthCategoryAndOutcome()).extracting(row -> row.get("category")).contains("unassessed");
    }

    @Test
    void a_complaint_that_asks_for_rights_is_filed_as_a_request_received_and_due_as_the_complaint_was() {
        var filed = complaintIntake.file(new NewComplaint(COMPLAINANT, "Bo Boos", "Ik wil weten welke gegevens jullie van mij hebben, en verwijder ze daarna.",
                "nl", "2026-11-20"), "api");
        ProcessInstance complaint = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(filed.reference()).singleResult();
        runJobs();
        moveClockTo(NOW.plus(Duration.ofDays(3)));

        assertThatThrownBy(() -> assess(complaint, Map.of("complaintIsRequest", true)))
                .hasMessageContaining("Tick the rights");
        assess(complaint, Map.of("complaintIsRequest", true, "requestedRights", new java.util.ArrayList<>(java.util.List.of("access", "erasure"))));

        BpmnAwareTests.assertThat(complaint).isEnded().hasPassed("Gateway_RequestForRights", "EndEvent_ComplaintIsRequest",
                "Task_FileComplaintAsRequest", "EndEvent_ComplaintFiledAsRequest");
        var record = complaints.find(filed.reference()).orElseThrow();
        assertThat(record.outcome()).isEqualTo(ComplaintOutcome.FILED_AS_REQUEST);
        assertThat(record.status()).isEqualTo(PrivacyComplaint.Status.CLOSED);
        String requestReference = recorded(filed.reference(), AuditAction.COMPLAINT_FILED_AS_REQUEST).get(0).get("request");
        var request = jdbc.queryForMap("SELECT * FROM data_subject_request WHERE reference = ?", requestReference);
        assertThat(instant(request.get("RECEIVED_AT"))).isEqualTo(filed.receivedAt());
        assertThat(instant(request.get("DEADLINE"))).isEqualTo(deadlines.deadlineFor(filed.receivedAt()));
        assertThat(request).containsEntry("REQUEST_TYPES", "access,erasure").containsEntry("LANGUAGE", "nl").containsEntry("CHANNEL", "api")
                .containsEntry("REQUESTER_NAME", "Bo Boos");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("data-subject-request")
                .processInstanceBusinessKey((String) request.get("REFERENCE")).count()).isEqualTo(1);
    }

    private static java.time.Instant instant(Object column) {
        return column instanceof java.time.OffsetDateTime zoned ? zoned.toInstant() : ((java.sql.Timestamp) column).toInstant();
    }
}
