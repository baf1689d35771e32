package org.privacyrequests.minimisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.privacyrequests.support.ProcessScenario;
import org.springframework.beans.factory.annotation.Autowired;

/** After a request closes, what was gathered to answer it goes; the record stays for accountability, then goes too. */
class GatheredDataCleanupTest extends ProcessScenario {

    @Autowired GatheredDataCleanup cleanup;
    @Autowired HistoryService historyService;

    @Test
    void thirty_days_after_an_access_request_closes_no_found_record_or_export_is_left_and_after_five_years_no_record() {
        ProcessInstance request = fileRequest("jan@bakkerijdevries.nl", "nl", "access");
        complete(request, "UserTask_ReviewAccessAnswer", "support", Map.of("accessAnswerApproved", "yes"));
        BpmnAwareTests.assertThat(request).isEnded();
        String reference = request.getBusinessKey();
        assertThat(count("found_record", reference)).isPositive();
        assertThat(count("access_answer", reference)).isEqualTo(1);

        moveClockTo(NOW.plus(Duration.ofDays(29)));
        cleanup.cleanUp();
        assertThat(count("access_answer", reference)).as("kept while the requester may still ask about the answer").isEqualTo(1);

        moveClockTo(NOW.plus(Duration.ofDays(31)));
        cleanup.cleanUp();

        assertThat(count("found_record", reference)).isZero();
        assertThat(count("access_answer", reference)).isZero();
        assertThat(count("data_subject_request", reference)).as("the record stays for accountability").isEqualTo(1);
        assertThat(count("audit_entry", reference)).isPositive();
        // The process never held the found data; its history holds references and decisions, not personal data.
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(request.getId()).list())
                .extracting(v -> v.getName())
                .doesNotContain("text", "requesterName", "fields", "overview")
                .allSatisfy(name -> assertThat(name).isIn("reference", "requesterEmail", "language", "requestTypes", "typesClear",
                        "receivedAt", "deadline", "reminderDate", "identityAnswerPeriod", "identityCheck", "controllerDataFound",
                        "processorDataFound", "processorWebshops", "accessAnswerApproved", "channel", "mailTemplate", "mailRight", "outcome"));

        moveClockTo(NOW.plus(Duration.ofDays(5 * 366)));
        cleanup.cleanUp();
        assertThat(count("data_subject_request", reference)).isZero();
        assertThat(count("audit_entry", reference)).isZero();
    }

    @Test
    void an_open_request_keeps_everything() {
        ProcessInstance request = fileRequest("jan@bakkerijdevries.nl", "en", "access");

        moveClockTo(NOW.plus(Duration.ofDays(400)));
        cleanup.cleanUp();

        assertThat(count("found_record", request.getBusinessKey())).isPositive();
        assertThat(count("data_subject_request", request.getBusinessKey())).isEqualTo(1);
    }

    private int count(String table, String reference) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE reference = ?", Integer.class, reference);
        return n == null ? 0 : n;
    }
}
