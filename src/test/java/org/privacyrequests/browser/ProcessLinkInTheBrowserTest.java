package org.privacyrequests.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.privacyrequests.requests.NewRequest;
import org.privacyrequests.support.ProductTest;

/**
 * Tasklist shows a link icon next to a task's process that opens it in Cockpit. Cockpit is for managers: support, who
 * follows it, reads why in words and goes on to the request's own page, instead of landing on a bare error page.
 */
@ProductTest
class ProcessLinkInTheBrowserTest extends StaffInTheBrowser {

    @Test
    void support_following_the_process_link_icon_reads_that_cockpit_is_for_managers_and_reaches_the_request() {
        var request = intake.file(new NewRequest("link.icoon@example.net", "Lin Icoon", List.of("access"), "Inzage graag.", "nl", null), "api");
        filed.add(request.reference());
        runJobs();
        camunda.logInToTasklist("support");
        camunda.openTask(filter("Support team"), request.reference(),
                "Verify identity");

        browser.click(By.cssSelector("a.instance-link"));

        browser.waitForText(By.tagName("h1"), "Cockpit is voor managers");
        assertThat(browser.driver().getCurrentUrl()).contains("/camunda/app/cockpit/default/#/process-instance/");
        assertThat(browser.pageText()).contains("Tasklist", "Fout 403").doesNotContain("Whitelabel", "HTTP ERROR");
        browser.showsNoTrace();
        browser.click(By.linkText("Open de pagina van dit verzoek of deze klacht"));
        browser.waitForText(By.tagName("h1"), "Verzoek " + request.reference());
        assertThat(browser.pageText()).contains("Logboek", "Verzoek ontvangen (via de API)");
    }
}
