package org.privacyrequests.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.privacyrequests.support.ProcessScenario;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Art. 12(5) GDPR at any point before the answer: a manager refuses a manifestly unfounded or excessive request with
 * reasons and the right to complain, or announces a reasonable fee for a further copy (Art. 15(3)) before charging it;
 * support sees the requester's earlier requests.
 */
class UnfoundedOrExcessiveRequestsTest extends ProcessScenario {

    static final String DECIDE = "refuse-or-charge-request";

    @Autowired DataSubjectRequestRepository requests;

    @Test
    void art12_5_a_manager_refuses_a_repeated_request_at_any_point_with_reasons_and_the_right_to_complain() {
        String email = "herhaler@example.org";
        company.activeCustomer(email, 1, 0);
        ProcessInstance first = answeredAccessRequest(email);
        ProcessInstance repeat = fileRequest(email, "en", "access");
        BpmnAwareTests.assertThat(repeat).isWaitingAt("UserTask_ReviewAccessAnswer");
        assertThat((String) runtimeService.getVariable(repeat.getId(), "earlierRequests")).as("support sees the earlier request")
                .contains(first.getBusinessKey(), "access answered");

        decide("manager", Map.of("reference", repeat.getBusinessKey(), "art12_5Decision", "refuseExcessive",
                "art12_5Reasons", "You asked for the same copy today and we sent it to you this morning; nothing has changed since."));
        runJobs();

        BpmnAwareTests.assertThat(repeat).isEnded().hasPassed("Task_SendRefusalUnderArt12_5").hasNotPassed("Task_SendAccessAnswer");
        Mail refusal = mailsTo(email).get(mailsTo(email).size() - 1);
        assertThat(refusal.body()).contains("excessive", "we sent it to you this morning", "Autoriteit Persoonsgegevens");
        assertThat(requests.find(repeat.getBusinessKey()).orElseThrow().status()).isEqualTo(DataSubjectRequest.RequestStatus.CLOSED);
        assertThat(jdbc.queryForList("SELECT outcome FROM request_outcome WHERE reference = ?", String.class, repeat.getBusinessKey()))
                .containsExactly("REFUSED");
    }

    @Test
    void a_requester_writing_their_address_in_capitals_the_second_time_is_the_same_requester() {
        String email = "Hoofd.Letters@Example.org";
        company.activeCustomer(email.toLowerCase(java.util.Locale.ROOT), 0, 0);
        ProcessInstance first = fileRequest(email.toLowerCase(java.util.Locale.ROOT), "en", "access");
        ProcessInstance second = fileRequest(email.toUpperCase(java.util.Locale.ROOT), "en", "access");

        assertThat(requests.ofRequester(email)).extracting(DataSubjectRequest::reference)
                .containsExactly(first.getBusinessKey(), second.getBusinessKey());
        assertThat((String) runtimeService.getVariable(second.getId(), "earlierRequests")).as("support sees the earlier request")
                .contains(first.getBusinessKey());
    }

    @Test
    void art12_5_only_a_manager_refuses_and_only_with_reasons() {
        String email = "weigeren@example.org";
        company.activeCustomer(email, 0, 0);
        ProcessInstance request = fileRequest(email, "en", "access");

        assertThatThrownBy(() -> decide("support", Map.of("reference", request.getBusinessKey(), "art12_5Decision", "refuseUnfounded",
                "art12_5Reasons", "This request makes no sense at all to us, so we refuse it."))).as("support may not even start it")
                .hasMessageContaining("CREATE_INSTANCE");
        assertThatThrownBy(() -> decide("manager", Map.of("reference", request.getBusinessKey(), "art12_5Decision", "refuseUnfounded",
                "art12_5Reasons", "No."))).hasMessageContaining("Give the reasons");

        BpmnAwareTests.assertThat(request).isWaitingAt("UserTask_ReviewAccessAnswer");
    }

    @Test
    void art15_3_a_fee_for_a_further_copy_is_announced_before_it_is_charged_and_the_copy_waits_for_acceptance() {
        String email = "tweede.kopie@example.org";
        company.activeCustomer(email, 1, 0);
        answeredAccessRequest(email);
        ProcessInstance again = fileRequest(email, "en", "access");

        decide("manager", Map.of("reference", again.getBusinessKey(), "art12_5Decision", "announceFee"));
        assertThat(mailsTo(email).get(mailsTo(email).size() - 1).body()).contains("€ 5,00", "14 days", "charge nothing");
        complete(again, "UserTask_ReviewAccessAnswer", "support", Map.of("accessAnswerApproved", "yes"));
        BpmnAwareTests.assertThat(again).isWaitingAt("Gateway_FeeAnswer").hasNotPassed("Task_SendAccessAnswer");

        decide("manager", Map.of("reference", again.getBusinessKey(), "art12_5Decision", "feeAccepted"));
        runJobs();

        BpmnAwareTests.assertThat(again).isEnded().hasPassed("Event_FeeAccepted", "Task_SendAccessAnswer");
    }

    @Test
    void art15_3_a_further_copy_whose_fee_is_not_accepted_in_time_is_not_made() {
        String email = "geen.kopie@example.org";
        company.activeCustomer(email, 1, 0);
        answeredAccessRequest(email);
        ProcessInstance again = fileRequest(email, "nl", "access");
        decide("manager", Map.of("reference", again.getBusinessKey(), "art12_5Decision", "announceFee"));
        complete(again, "UserTask_ReviewAccessAnswer", "support", Map.of("accessAnswerApproved", "yes"));

        moveClockTo(NOW.plus(Duration.ofDays(15)));
        runJobs();

        BpmnAwareTests.assertThat(again).isEnded().hasPassed("Task_SendCopyNotSent").hasNotPassed("Task_SendAccessAnswer");
        assertThat(mailsTo(email).get(mailsTo(email).size() - 1).body()).contains("niet gemaakt", "niets in rekening");
        assertThat(jdbc.queryForList("SELECT outcome FROM request_outcome WHERE reference = ?", String.class, again.getBusinessKey()))
                .containsExactly("FURTHER_COPY_NOT_ACCEPTED");
    }

    @Test
    void art15_3_the_first_copy_is_free() {
        String email = "eerste.kopie@example.org";
        company.activeCustomer(email, 0, 0);
        ProcessInstance first = fileRequest(email, "en", "access");

        assertThatThrownBy(() -> decide("manager", Map.of("reference", first.getBusinessKey(), "art12_5Decision", "announceFee")))
                .hasMessageContaining("The first copy is free");
    }

    private ProcessInstance answeredAccessRequest(String email) {
        ProcessInstance request = fileRequest(email, "en", "access");
        complete(request, "UserTask_ReviewAccessAnswer", "support", Map.of("accessAnswerApproved", "yes"));
        BpmnAwareTests.assertThat(request).isEnded().hasPassed("Task_SendAccessAnswer");
        return request;
    }

    private void decide(String user, Map<String, Object> form) {
        actAs(user);
        try {
            runtimeService.startProcessInstanceByKey(DECIDE, form);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
