package org.privacyrequests.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.privacyrequests.support.ProcessScenario;
import org.springframework.beans.factory.annotation.Autowired;

/** Support extends a deadline from Tasklist by starting "Extend a request's deadline" with its start form. */
class ExtendRequestDeadlineProcessTest extends ProcessScenario {

    @Autowired DataSubjectRequestRepository requests;

    @Test
    void support_extends_a_deadline_from_tasklist_within_the_first_month() {
        ProcessInstance request = fileRequest("nieuw.persoon@example.org", "nl", "access");
        actAs("support");
        runtimeService.startProcessInstanceByKey("extend-request-deadline", Map.of("reference", request.getBusinessKey(),
                "extensionMonths", "1", "extensionReason", "Wij moeten gegevens uit zes systemen verzamelen."));
        identityService.clearAuthentication();
        runJobs();

        assertThat(requests.find(request.getBusinessKey()).orElseThrow().extensionReason()).startsWith("Wij moeten");
        assertThat(mailsTo("nieuw.persoon@example.org").get(1).body()).contains("zes systemen");
    }

    @Test
    void an_extension_asked_too_late_fails_the_start_with_the_reason_and_records_nothing() {
        ProcessInstance request = fileRequest("nieuw.persoon@example.org", "en", "access");
        moveClockTo(NOW.plus(Duration.ofDays(40)));
        actAs("support");

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("extend-request-deadline", Map.of(
                "reference", request.getBusinessKey(), "extensionMonths", "2", "extensionReason", "Many systems to search through.")))
                .hasMessageContaining("can no longer be extended");
        identityService.clearAuthentication();
        assertThat(requests.find(request.getBusinessKey()).orElseThrow().extensionReason()).isNull();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("extend-request-deadline").count()).isZero();
    }
}
