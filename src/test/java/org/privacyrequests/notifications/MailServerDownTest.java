package org.privacyrequests.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.privacyrequests.requests.NewRequest;
import org.privacyrequests.support.ProcessScenario;

/** A mail server that is down: the step fails, is retried, becomes an incident, and after a retry goes on, mailing once. */
class MailServerDownTest extends ProcessScenario {

    @AfterEach
    void mailServerBackUp() {
        if (!mailServer.isRunning()) {
            mailServer.start();
        }
    }

    @Test
    void a_failed_receipt_confirmation_becomes_an_incident_and_is_sent_exactly_once_after_the_retry() {
        mailServer.stop();
        var filed = intake.file(new NewRequest("jan@bakkerijdevries.nl", null, List.of("access"), "Inzage graag", "nl", null), "api");
        ProcessInstance request = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(filed.reference()).singleResult();

        for (int attempt = 1; attempt <= 3; attempt++) {
            Job job = managementService.createJobQuery().processInstanceId(request.getId()).messages().singleResult();
            assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("Mail server connection failed");
            moveClockTo(NOW.plus(Duration.ofMinutes(6L * attempt)));
        }

        Incident incident = runtimeService.createIncidentQuery().processInstanceId(request.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo("Task_ConfirmReceipt");
        assertThat(incident.getIncidentMessage()).contains("Mail server connection failed");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM data_subject_request WHERE reference = ?", Integer.class, filed.reference()))
                .as("the request is kept while its mail waits").isEqualTo(1);

        mailServer.start();
        managementService.setJobRetries(incident.getConfiguration(), 1);
        runJobs();

        BpmnAwareTests.assertThat(request).hasPassed("Task_ConfirmReceipt").isWaitingAt("UserTask_ReviewAccessAnswer");
        assertThat(mailsTo("jan@bakkerijdevries.nl")).hasSize(1);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(request.getId()).count()).isZero();
    }
}
