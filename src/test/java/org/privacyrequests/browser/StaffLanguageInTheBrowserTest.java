package org.privacyrequests.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.privacyrequests.support.ProductTest;

/**
 * A Dutch support employee works in Dutch (privacy.company.staff-language: nl, the default), even in a browser set to
 * English (the tests' Chromium runs with --lang=en-GB): Tasklist's own words, and the step's form with its texts,
 * options and links, while the data the form shows and the links it opens stay as they are.
 */
@ProductTest
class StaffLanguageInTheBrowserTest extends StaffInTheBrowser {


    @Test
    void support_sees_tasklist_and_the_verify_identity_form_in_dutch_in_an_english_browser() {
        ProcessInstance request = fileRequest("nieuwe.klant@example.org", "en", "access");
        String reference = reference(request);

        camunda.logInToTasklist("support");
        camunda.openTask(filter("Support team"), reference, "Verify identity");

        assertThat(browser.waitFor(By.cssSelector(".search-container > input.main-field")).getAttribute("placeholder"))
                .isEqualTo("Taken filteren");
        assertThat(browser.waitFor(By.cssSelector("button.claim")).getText().trim()).isEqualTo("Oppakken");
        assertThat(camunda.formText()).contains("De identiteit van de verzoeker controleren", "Verzoek: " + reference,
                "Antwoord uiterlijk: 2026-12-24", "Houd de controle in verhouding", "Besluit", "Identiteit vastgesteld",
                "De verzoeker om meer informatie vragen").doesNotContain("Verify the requester's identity", "Decision");
        assertThat(browser.waitFor(By.linkText("Gegevens van het verzoek")).getAttribute("href")).endsWith("/api/requests/" + reference);

        camunda.claim();
        camunda.choose("Identiteit vastgesteld");
        assertThat(camunda.formText()).contains("Hoe de identiteit is vastgesteld", "Klantnummer (als de verzoeker dat gaf)");
        assertThat(browser.all(By.xpath("//div[contains(@class,'form-actions')]/button[normalize-space(.)='" + CamundaWebapps.COMPLETE + "']")))
                .as("Tasklist's Complete button, in Dutch").hasSize(1);
        browser.showsNoTrace();
        browser.screenshot("21-tasklist-in-dutch");
    }
}
