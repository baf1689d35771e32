package org.privacyrequests.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.privacyrequests.requests.NewRequest;
import org.privacyrequests.support.ProductTest;

/**
 * Support reads a request from its task in Tasklist, before claiming it: the "Request details" link in the form opens
 * the request as a page in the staff language, with the requester's own words as they wrote them.
 */
@ProductTest
class StaffPagesInTheBrowserTest extends StaffInTheBrowser {


    @Test
    void support_opens_request_details_from_an_unclaimed_task_and_reads_the_requesters_words() {
        String words = "Goedendag,\n\nIk wil graag weten welke gegevens u van mij heeft.\nMijn klantnummer is 1.\n<script>alert('x')</script>";
        var request = intake.file(new NewRequest("j.devries.prive@example.net", "Jan de Vries", List.of("access"), words, "nl", null), "api");
        filed.add(request.reference());
        runJobs();

        camunda.logInToTasklist("support");
        camunda.openTask(filter("Support team"), request.reference(), "Verify identity");
        String tasklist = browser.driver().getWindowHandle();
        browser.click(By.linkText("Gegevens van het verzoek"));
        browser.waitUntil(d -> d.getWindowHandles().size() == 2);
        String page = browser.driver().getWindowHandles().stream().filter(h -> !h.equals(tasklist)).findFirst().orElseThrow();
        browser.driver().switchTo().window(page);

        browser.waitForText(By.tagName("h1"), "Verzoek " + request.reference());
        assertThat(browser.waitFor(By.id("requester-text")).getText())
                .isEqualTo("Goedendag,\n\nIk wil graag weten welke gegevens u van mij heeft.\nMijn klantnummer is 1.\n<script>alert('x')</script>");
        assertThat(browser.pageText()).contains("Wat de verzoeker schreef", "Jan de Vries", "inzage", "Wat nog moet gebeuren",
                "Verify identity", "nog niet opgepakt", "Logboek", "Verzoek ontvangen", "Correspondentie")
                .doesNotContain("\\n", "requestTypes");
        browser.showsNoTrace();
        browser.screenshot("17-request-details");

        assertThat(browser.waitFor(By.linkText("Openen in Tasklist")).getAttribute("href")).contains("/camunda/app/tasklist/default/#/?task=");
        browser.driver().close();
        browser.driver().switchTo().window(tasklist);
        assertThat(browser.all(By.cssSelector(".disabled-form"))).as("still not claimed").isNotEmpty();
    }

}
