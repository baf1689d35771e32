package org.privacyrequests.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.privacyrequests.support.ProcessScenario;
import org.privacyrequests.support.ProductTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A requester files the public form in a real browser, sees what a wrong input gets, and confirms the mailed link. */
@ProductTest
class PublicFormInTheBrowserTest extends ProcessScenario {

    @LocalServerPort int port;
    private Browser browser;

    @BeforeEach
    void openBrowser() {
        jdbc.update("DELETE FROM web_request_confirmation");
        browser = Browser.open(port);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_requester_corrects_wrong_input_files_the_form_and_confirms_the_link_from_the_mail() {
        browser.go("/privacy-request?lang=en");
        assertThat(browser.waitFor(By.cssSelector("label[for=name]")).getText()).isEqualTo("Your name");
        assertThat(browser.waitFor(By.cssSelector("label[for=email]")).getText()).isEqualTo("Your e-mail address");
        assertThat(browser.waitFor(By.tagName("legend")).getText()).isEqualTo("What do you ask us to do?");
        assertThat(browser.waitFor(By.cssSelector("label[for=right-access]")).getText()).contains("(access)");
        browser.screenshot("01-public-form");

        browser.type(By.id("email"), "sanne@");
        browser.waitForClickable(By.id("submit")).click();
        browser.waitFor(By.id("form-message"));
        assertThat(browser.waitFor(By.id("form-message")).getText()).isEqualTo("Your request was not sent. Please correct the fields marked below.");
        assertThat(browser.waitFor(By.id("name-error")).getText()).isEqualTo("Please fill in your name.");
        assertThat(browser.waitFor(By.id("email-error")).getText()).startsWith("This is not a valid e-mail address");
        assertThat(browser.waitFor(By.id("rights-error")).getText()).isEqualTo("Please choose at least one option.");
        assertThat(browser.waitFor(By.id("email")).getAttribute("value")).as("what was typed stays").isEqualTo("sanne@");
        browser.showsNoTrace();
        browser.screenshot("02-public-form-wrong-input");

        browser.type(By.id("name"), "Sanne Jansen");
        browser.type(By.id("email"), "sanne@fietsenjansen.nl");
        browser.waitForClickable(By.id("right-access")).click();
        browser.waitForClickable(By.id("right-erasure")).click();
        browser.type(By.id("text"), "Which data do you still hold about me? Please erase what you no longer need.");
        browser.waitForClickable(By.id("submit")).click();
        browser.waitForText(By.id("sent-message"), "sanne@fietsenjansen.nl");
        browser.screenshot("03-public-form-sent");

        String link = confirmationLinkIn(onlyMailTo("sanne@fietsenjansen.nl").body());
        browser.go(link);
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Confirm your privacy request");
        assertThat(browser.waitFor(By.id("confirm-rights")).getText()).contains("(access)", "(erasure)");
        browser.screenshot("04-confirm-link");
        browser.waitForClickable(By.id("confirm")).click();

        browser.waitForText(By.id("confirm-message"), "reference");
        Matcher reference = Pattern.compile("DSR-\\d{4}-\\d+").matcher(browser.waitFor(By.id("confirm-message")).getText());
        assertThat(reference.find()).isTrue();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference.group()).count()).isEqualTo(1);
        browser.showsNoTrace();
        browser.screenshot("05-request-confirmed");

        browser.go(link);
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("This link has already been used");
    }

    private static String confirmationLinkIn(String mailBody) {
        Matcher link = Pattern.compile("http://\\S+/privacy-request/confirm\\?token=[A-Za-z0-9_-]+").matcher(mailBody);
        assertThat(link.find()).as("a confirmation link in the mail").isTrue();
        return link.group();
    }
}
