package org.privacyrequests.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.privacyrequests.requests.NewRequest;
import org.privacyrequests.support.ProcessScenario;
import org.privacyrequests.support.ProductTest;

/**
 * Support tells tasks apart in Tasklist and finds a request's tasks by its reference; the reminder mail counts the
 * days left as Tasklist does and says so when the deadline has passed.
 */
@ProductTest
class TaskCardsTest extends ProcessScenario {

    @Test
    void a_new_task_is_named_by_its_step_the_requests_reference_and_rights_and_is_found_by_its_reference() {
        ProcessInstance request = fileRequest("nieuw.persoon@example.org", "en", "access", "erasure");
        String reference = reference(request);

        var task = task(request, "UserTask_VerifyIdentity");
        assertThat(task.getName()).isEqualTo("Verify identity · " + reference + " · access, erasure")
                .doesNotContain("nieuw.persoon");
        // Tasklist's search box, by default, looks for "name like %what was typed%".
        assertThat(taskService.createTaskQuery().taskNameLike("%" + reference + "%").list()).extracting(t -> t.getId())
                .containsExactly(task.getId());
        assertThat(taskService.getVariablesLocal(task.getId())).as("who asked, on the card").containsEntry("requester", "nieuw.persoon@example.org");
        assertThat(task.getFollowUpDate()).as("due soon from the reminder date")
                .isEqualTo((Date) runtimeService.getVariable(request.getId(), "reminderDate"))
                .isBefore(task.getDueDate());
    }

    @Test
    void a_task_of_an_overdue_request_is_due_soon_from_the_moment_it_exists() {
        intake.file(new NewRequest("laat.verzoek@example.org", null, List.of("access"), "Inzage graag", "nl",
                NOW.minus(Duration.ofDays(30)).toString()), "email");
        runJobs();
        ProcessInstance request = runtimeService.createProcessInstanceQuery().variableValueEquals("requesterEmail", "laat.verzoek@example.org")
                .singleResult();
        var task = task(request, "UserTask_VerifyIdentity");
        assertThat(task.getDueDate()).isBefore(Date.from(NOW));
        assertThat(task.getFollowUpDate()).isEqualTo(Date.from(NOW));
    }

    @Test
    void the_reminder_a_week_before_counts_seven_days_as_tasklist_does_even_when_it_runs_late_in_the_day() {
        ProcessInstance request = fileRequest("nieuw.persoon@example.org", "en", "access");
        String reference = reference(request);
        Instant reminder = ((Date) runtimeService.getVariable(request.getId(), "reminderDate")).toInstant();

        // The job executor picks the reminder up a few hours late: still the same day, so still 7 days.
        moveClockTo(reminder.plus(Duration.ofHours(3)));
        runJobs();

        Mail mail = mailsTo(SUPPORT_MAILBOX).stream().filter(m -> m.subject().startsWith("[Privacyverzoek] " + reference + ": termijn"))
                .findFirst().orElseThrow();
        assertThat(mail.subject()).isEqualTo("[Privacyverzoek] " + reference + ": termijn verloopt over 7 dagen");
        assertThat(mail.body()).contains("verloopt over 7 dagen (op 24 december 2026)", "typ het kenmerk " + reference + " in het zoekvak",
                "Is echt meer tijd nodig?");
    }

    @Test
    void a_reminder_after_the_deadline_says_that_it_passed_and_on_which_day() {
        var filed = intake.file(new NewRequest("laat.verzoek@example.org", null, List.of("access"), "Inzage graag", "nl",
                NOW.minus(Duration.ofDays(30)).toString()), "email");
        runJobs();

        Mail reminder = mailsTo(SUPPORT_MAILBOX).stream().filter(m -> m.subject().startsWith("[Privacyverzoek] " + filed.reference() + ": termijn"))
                .findFirst().orElseThrow();
        assertThat(reminder.subject()).isEqualTo("[Privacyverzoek] " + filed.reference() + ": termijn verlopen op 24 november 2026");
        assertThat(reminder.body()).contains("is verlopen op 24 november 2026, 2 dagen geleden", "te laat", "Verlengen kan niet meer")
                .doesNotContain("vandaag", "Is echt meer tijd nodig?");
    }
}
