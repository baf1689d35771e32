package org.privacyrequests.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.privacyrequests.requests.NewRequest;
import org.privacyrequests.support.ProductTest;

/**
 * Support and managers at work in a real browser: Tasklist's forms for identity verification, the access
 * review, the erasure plan and its approval; the overdue requests on the Cockpit dashboard and the SLA overview, with
 * links to each, and a request's deadline in Cockpit. The
 * tests run the engine's jobs themselves between the screens (the job executor is off in tests).
 */
@ProductTest
class StaffAtWorkInTheBrowserTest extends StaffInTheBrowser {

    private static final DateTimeFormatter COCKPIT_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);


    @Test
    void support_verifies_identity_and_reviews_the_access_answer_then_a_manager_approves_the_erasure() {
        ProcessInstance request = fileRequest("j.devries.prive@example.net", "en", "access", "erasure");
        String reference = reference(request);

        camunda.logInToTasklist("support");
        camunda.openTask(filter("Support team"), reference, "Verify identity");
        assertThat(camunda.formText()).contains("Verzoek: " + reference, "Besluit", "Identiteit vastgesteld");
        browser.screenshot("06-tasklist-verify-identity");
        camunda.claim();
        camunda.complete();
        assertThat(camunda.fieldError("Field_identityDecision")).isEqualTo("Field is required.");
        browser.showsNoTrace();
        browser.screenshot("07-verify-identity-required-field");
        camunda.dismissNotification();

        camunda.choose("Identiteit vastgesteld");
        camunda.fill("Field_identityNote", "Called back on the phone number in the customer file; he confirmed the request.");
        camunda.fill("Field_customerNumber", "1");
        browser.screenshot("08-verify-identity-filled");
        camunda.complete();
        camunda.waitUntilCompleted();
        runJobs();

        camunda.openTask(filter("Support team"), reference, "Review access answer");
        camunda.claim();
        camunda.choose("Volledig en juist: naar de verzoeker sturen");
        browser.screenshot("09-review-access-answer");
        camunda.complete();
        camunda.waitUntilCompleted();
        runJobs();
        assertThat(mailsTo("j.devries.prive@example.net")).extracting(Mail::attachments).anySatisfy(files -> assertThat(files).isNotEmpty());

        camunda.openTask(filter("Support team"), reference, "Prepare erasure plan");
        camunda.claim();
        camunda.tick("Field_erasurePlanConfirmed");
        camunda.fill("Field_preparationNote", "Invoices stay for the tax retention period; the rest goes.");
        browser.screenshot("10-prepare-erasure-plan");
        camunda.complete();
        camunda.waitUntilCompleted();
        runJobs();

        camunda.logInToTasklist("manager");
        camunda.openTask(filter("Managers"), reference, "Approve erasure");
        camunda.claim();
        assertThat(camunda.formText()).contains("Sam Support", "Invoices stay for the tax retention period");
        camunda.choose("Goedkeuren: verwijderen en anonimiseren zoals gepland");
        browser.screenshot("11-approve-erasure");
        camunda.complete();
        camunda.waitUntilCompleted();
        runJobs();

        assertThat(jdbc.queryForMap("SELECT status, outcome FROM data_subject_request WHERE reference = ?", reference))
                .containsEntry("STATUS", "CLOSED")
                .satisfies(row -> assertThat((String) row.get("OUTCOME")).contains("access answered", "erased"));
    }

    @Test
    void a_manager_sees_which_requests_are_overdue_on_the_cockpit_dashboard_and_the_sla_overview_and_follows_the_links() {
        // Work in every state: one request overdue, two due within the week, the rest later.
        String overdue = fileReceived("late.requester@example.com", 30);
        fileReceived("soon.requester@example.com", 24);
        fileReceived("sooner.requester@example.com", 22);
        ProcessInstance request = fileRequest("emma.smit@example.com", "en", "access");
        Date deadline = (Date) runtimeService.getVariable(request.getId(), "deadline");
        String overdueInstance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(overdue)
                .processDefinitionKey("data-subject-request").singleResult().getId();

        // The dashboard (in the staff language, Dutch) names the overdue request first thing, with links.
        camunda.logInToCockpit("manager");
        browser.waitFor(By.xpath("//section[.//*[@id='deadlines-dashboard']]//h1[normalize-space(.)='Termijnen (SLA-overzicht)']"));
        By overdueRow = By.cssSelector("#dashboard-overdue-cases tr[data-reference='" + overdue + "']");
        assertThat(browser.waitFor(overdueRow).getText()).contains(overdue, "inzage", "2 dagen te laat", "In Cockpit");
        assertThat(browser.waitFor(By.id("deadlines-dashboard")).getLocation().getY())
                .as("the deadlines come before Cockpit's own sections")
                .isLessThan(browser.waitFor(By.cssSelector(".dashboard section.actual")).getLocation().getY());
        assertThat(browser.waitFor(By.cssSelector("#dashboard-overdue-cases a[href='/api/requests/" + overdue + "']")).getText())
                .isEqualTo(overdue);
        browser.showsNoTrace();
        browser.screenshot("12-cockpit-dashboard-deadlines");

        browser.click(By.xpath("//table[@id='dashboard-overdue-cases']//tr[@data-reference='" + overdue + "']//a[normalize-space(.)='In Cockpit']"));
        browser.waitForText(By.cssSelector("dd.business-key"), overdue);
        assertThat(browser.driver().getCurrentUrl()).contains("#/process-instance/" + overdueInstance);

        // A request's deadline in Cockpit: its own tab on the process instance, and a tab listing the process's requests.
        camunda.openInCockpit(request.getId());
        assertThat(browser.waitFor(By.cssSelector("dd.business-key")).getText()).isEqualTo(reference(request));
        assertThat(camunda.cockpitVariable("deadline")).isEqualTo(COCKPIT_DATE.format(deadline.toInstant()));
        camunda.openCockpitTab("#/process-instance/" + request.getId() + "/runtime", "Termijn");
        assertThat(browser.waitFor(By.cssSelector("#process-deadlines tr[data-reference='" + reference(request) + "']")).getText())
                .contains(reference(request), "nog 28 dagen");
        browser.screenshot("13-cockpit-request-deadline");
        camunda.openCockpitTab("#/process-definition/" + request.getProcessDefinitionId() + "/runtime", "Termijnen");
        assertThat(browser.waitFor(By.cssSelector("#process-deadlines tr[data-reference='" + overdue + "']")).getText())
                .contains("2 dagen te laat");
        assertThat(browser.waitFor(By.cssSelector("#process-deadlines tr[data-reference='" + reference(request) + "']")).getText())
                .contains("nog 28 dagen");
        browser.showsNoTrace();
        browser.screenshot("13-cockpit-process-deadlines");

        // The SLA overview lists it too, and its reference opens the request's page.
        camunda.openCockpitDashboard();
        browser.click(By.linkText("Open het SLA-overzicht"));
        browser.waitForText(By.tagName("h1"), "SLA-overzicht");
        assertThat(browser.waitFor(By.id("open-chart")).isDisplayed()).isTrue();
        assertThat(browser.waitFor(By.id("count-open")).getText()).contains("Open in totaal");
        assertThat(browser.waitFor(By.cssSelector("#overdue-cases tr[data-reference='" + overdue + "']")).getText())
                .contains("verzoek", "inzage", "2 dagen te laat", "Pagina", "In Cockpit");
        assertThat(browser.pageText()).contains("Binnen 7 dagen", "Afhandeltijd per maand", "Uitkomsten per soort verzoek")
                .doesNotContain("notUpheld", "partlyUpheld", "ACCESS_ANSWERED");
        browser.showsNoTrace();
        browser.screenshot("14-sla-overview");
        browser.click(By.cssSelector("#overdue-cases tr[data-reference='" + overdue + "'] td:first-child a"));
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/api/requests/" + overdue));
        assertThat(browser.pageText()).contains(overdue);
    }

    @Test
    void after_an_extension_tasklist_lists_the_new_due_date_without_a_reload_and_the_form_shows_it_when_opened_again() {
        ProcessInstance request = fileRequest("nieuw.persoon@example.org", "en", "access");
        String reference = reference(request);
        camunda.logInToTasklist("support");
        camunda.openTask(filter("Support team"), reference, "Verify identity");
        assertThat(camunda.formText()).contains("Antwoord uiterlijk: 2026-12-24");
        String dueBefore = camunda.dueDateOnCard();
        assertThat(dueBefore).startsWith("Uiterlijk");

        actAs("support");
        runtimeService.startProcessInstanceByKey("extend-request-deadline", Map.of("reference", reference,
                "extensionMonths", "1", "extensionReason", "We must gather data from six systems."));
        identityService.clearAuthentication();
        runJobs();

        // The filter refreshes its list every 10 seconds; Tasklist 7.24 does not reload the form of a task already open.
        browser.waitUntil(d -> {
            String due = camunda.dueDateOnCard();
            return !due.isEmpty() && !due.equals(dueBefore);
        });
        camunda.openTask(filter("Support team"), reference, "Verify identity");
        assertThat(camunda.formText()).contains("Antwoord uiterlijk: 2027-01-24").doesNotContain("2026-12-24");
    }

    @Test
    void a_manager_starts_a_retention_dry_run_in_tasklist_and_reads_its_plan() {
        camunda.logInToTasklist("manager");
        browser.click(By.xpath("//a[contains(normalize-space(.),'Proces starten')]"));
        browser.click(By.xpath("//div[contains(@class,'modal-dialog')]//a[starts-with(@ng-click,'selectProcessDefinition')]"
                + "[normalize-space(.)='Start a retention sweep by hand']"));
        assertThat(browser.waitFor(By.cssSelector("input[type=checkbox][id$='-Field_dryRun']")).isSelected())
                .as("a dry run unless the manager unticks it").isTrue();
        browser.screenshot("15-start-retention-dry-run");
        browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Starten']"));
        browser.waitUntil(d -> d.findElements(By.cssSelector(".modal-dialog")).isEmpty());
        runJobs();

        String sweep = runtimeService.createProcessInstanceQuery().processDefinitionKey("retention-enforcement").list().get(0).getBusinessKey();
        camunda.openTask(filter("Managers"), sweep, "Review retention dry run");
        assertThat(camunda.formText()).contains("Er is niets veranderd", "Account data: erased 30 days after the subscription is cancelled",
                "Customer accounts / account_user");
        browser.showsNoTrace();
        browser.screenshot("16-retention-dry-run-plan");
    }

    private String fileReceived(String email, int daysAgo) {
        String reference = intake.file(new NewRequest(email, null, List.of("access"), "Inzage graag", "nl",
                NOW.minus(Duration.ofDays(daysAgo)).toString()), "email").reference();
        runJobs();
        return reference;
    }

}
