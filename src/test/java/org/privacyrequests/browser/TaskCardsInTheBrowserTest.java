package org.privacyrequests.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.privacyrequests.requests.NewRequest;
import org.privacyrequests.support.ProductTest;

/**
 * Support on a laptop (1366×900) tells its tasks apart in Tasklist: each card names the step, the reference and
 * the rights, shows who asked, the most urgent comes first and an overdue one stands out; typing a reference into
 * the search box finds its task; and the form's Complete button is not hidden under Tasklist's footer.
 */
@ProductTest
class TaskCardsInTheBrowserTest extends StaffInTheBrowser {

    @BeforeEach
    void onlyThisScenariosTasksInALaptopsWindow() {
        // Only this scenario's tasks on support's list (tests outside the scenarios may leave requests open).
        runtimeService.createProcessInstanceQuery().list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "another test's", true, true));
        browser.resize(1366, 900);
    }

    @Test
    void support_finds_a_request_by_typing_its_reference_reads_who_asked_on_the_card_and_reaches_complete() {
        String late = fileReceived("laat.verzoek@example.org", 30);
        String soon = fileReceived("bijna.verzoek@example.org", 24);
        ProcessInstance request = fileRequest("nieuw.persoon@example.org", "en", "access", "erasure");
        String reference = reference(request);

        camunda.logInToTasklist("support");
        // The most urgent first: overdue, then due within the week, then the new request.
        camunda.waitForCards("Verify identity · " + late, "Verify identity · " + soon, "Verify identity · " + reference);
        List<String> cards = camunda.cards();
        assertThat(cards.get(2)).contains("Verify identity · " + reference + " · access, erasure", "nieuw.persoon@example.org");
        assertThat(cards.get(0)).contains("laat.verzoek@example.org");
        // Tasklist marks dates against the browser's clock, the engine's runs on the tests' fixed date.
        if (System.currentTimeMillis() > NOW.toEpochMilli()) {
            var marked = browser.all(By.cssSelector("ol.tasks-list > li.task"));
            assertThat(marked.get(0).findElements(By.cssSelector(".due-date.overdue"))).as("overdue").hasSize(1);
            assertThat(marked.get(1).findElements(By.cssSelector(".followup-date.overdue"))).as("due soon").hasSize(1);
        }
        browser.showsNoTrace();
        browser.screenshot("17-tasklist-cards");

        camunda.search(reference);
        camunda.waitForCards("Verify identity · " + reference);
        camunda.openCard("Verify identity · " + reference);
        camunda.claim();
        String hidden = camunda.whatHidesComplete();
        browser.screenshot("18-tasklist-search-by-reference");
        assertThat(hidden).as("what hides the Complete button at 1366×900").isEmpty();
        browser.showsNoTrace();
    }

    private String fileReceived(String email, int daysAgo) {
        var filed = intake.file(new NewRequest(email, null, List.of("access"), "Inzage graag", "nl",
                NOW.minus(Duration.ofDays(daysAgo)).toString()), "email");
        runJobs();
        return filed.reference();
    }
}
