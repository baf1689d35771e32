package org.privacyrequests.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A task's name as Tasklist shows it, worked out without the engine. */
class TaskCardTest {

    @Test
    void a_task_is_named_by_its_step_the_reference_and_the_rights_asked_for() {
        assertThat(TaskCard.of("Verify identity", "DSR-2026-000012", List.of("access", "erasure")).name())
                .isEqualTo("Verify identity · DSR-2026-000012 · access, erasure");
    }

    @Test
    void a_task_without_rights_or_reference_keeps_what_it_has() {
        assertThat(TaskCard.of("Assess complaint", "PC-2026-000003", null).name()).isEqualTo("Assess complaint · PC-2026-000003");
        assertThat(TaskCard.of("Review incoming e-mail", null, List.of()).name()).isEqualTo("Review incoming e-mail");
    }

    @Test
    void a_request_whose_rights_are_unclear_says_so_in_words() {
        assertThat(TaskCard.of("Clarify request", "DSR-2026-000001", List.of("unclear")).name())
                .isEqualTo("Clarify request · DSR-2026-000001 · rights unclear");
    }

    @Test
    void a_name_that_already_carries_the_reference_does_not_repeat_it() {
        assertThat(TaskCard.of("Verify identity · DSR-2026-000012", "DSR-2026-000012", List.of()).name())
                .isEqualTo("Verify identity · DSR-2026-000012");
    }

    @Test
    void a_name_fits_the_engines_column() {
        assertThat(TaskCard.of("x".repeat(300), "DSR-2026-000012", List.of()).name()).hasSize(TaskCard.MAX_LENGTH);
    }

    @Test
    void a_task_becomes_due_soon_on_the_reminder_date_or_at_once_when_that_has_passed() {
        Instant created = Instant.parse("2026-11-26T09:00:00Z");
        assertThat(TaskCard.followUp(Instant.parse("2026-12-17T09:00:00Z"), created)).isEqualTo("2026-12-17T09:00:00Z");
        assertThat(TaskCard.followUp(Instant.parse("2026-11-20T09:00:00Z"), created)).isEqualTo(created);
    }
}
