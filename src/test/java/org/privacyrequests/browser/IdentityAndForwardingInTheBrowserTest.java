package org.privacyrequests.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.privacyrequests.intake.MailboxPoller;
import org.privacyrequests.routing.ForwardedRequestFollowUp;
import org.privacyrequests.support.ProductTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Support in Tasklist when a request comes back: the requester answered our question about their identity (a new
 * round of "Verify identity", nothing filled in from the last one), and a webshop that did not answer a request we
 * forwarded to it ("Follow up with the webshop", after which the follow-up waits for the webshop again).
 */
@ProductTest
class IdentityAndForwardingInTheBrowserTest extends StaffInTheBrowser {

    @Autowired MailboxPoller poller;

    @Test
    void support_sees_the_requesters_answer_in_a_new_round_of_verify_identity() throws Exception {
        String requester = "nieuw.persoon@example.org";
        ProcessInstance request = fileRequest(requester, "en", "access");
        String reference = reference(request);
        complete(request, "UserTask_VerifyIdentity", "support", Map.of("identityDecision", "askMoreInformation",
                "informationNeeded", "Your customer number, please."));
        MimeMessage question = lastMailTo(requester);
        MimeMessage answer = mail(requester, "Re: " + question.getSubject(), "My customer number is 12345.", "<answer-1@example.org>");
        answer.setHeader("In-Reply-To", question.getMessageID());
        deliver(answer);
        assertThat(poller.poll()).containsEntry("identity-information", 1);
        runJobs();
        BpmnAwareTests.assertThat(request).isWaitingAt("UserTask_VerifyIdentity");

        camunda.logInToTasklist("support");
        camunda.openTask(filter("Support team"), reference, "Verify identity");
        assertThat(camunda.formText()).contains("De verzoeker heeft geantwoord", "Besluit", "Identiteit vastgesteld");
        assertThat(browser.all(By.cssSelector("input[type=radio][id*='-Field_identityDecision']")))
                .as("the decision's options").hasSize(3)
                .noneMatch(option -> option.isSelected());
        browser.showsNoTrace();
        browser.screenshot("19-verify-identity-new-round");
    }

    @Test
    void support_follows_up_a_webshop_that_did_not_answer_a_forwarded_request() {
        String consumer = "webshop.klant@example.org";
        company.consumer(consumer, 2);
        fileRequest(consumer, "nl", "access");
        ProcessInstance followUp = runtimeService.createProcessInstanceQuery().processDefinitionKey(ForwardedRequestFollowUp.KEY).singleResult();
        assertThat(followUp).as("the follow-up of the forwarded request").isNotNull();
        BpmnAwareTests.assertThat(followUp).isWaitingAt("Gateway_WaitForWebshop");
        moveClockTo(NOW.plus(Duration.ofDays(15)));
        runJobs();
        BpmnAwareTests.assertThat(followUp).isWaitingAt("UserTask_FollowUpWithWebshop");

        camunda.logInToTasklist("support");
        camunda.openTask(filter("Support team"), followUp.getBusinessKey(), "Follow up with the webshop");
        assertThat(camunda.formText()).contains("Buitensport Direct", "Wat er is gebeurd");
        camunda.claim();
        camunda.choose("We hebben de webshop herinnerd: nog een termijn op het antwoord wachten");
        camunda.fill("Field_followUpNote", "Called Fleur de Boer; she answers the request this week.");
        browser.showsNoTrace();
        browser.screenshot("20-follow-up-with-the-webshop");
        camunda.complete();
        camunda.waitUntilCompleted();
        runJobs();

        BpmnAwareTests.assertThat(followUp).isWaitingAt("Gateway_WaitForWebshop");
    }

    private MimeMessage lastMailTo(String address) throws Exception {
        MimeMessage last = null;
        for (MimeMessage m : mailServer.greenMail().getReceivedMessages()) {
            if (Arrays.toString(m.getAllRecipients()).toLowerCase().contains(address)) {
                last = m;
            }
        }
        assertThat(last).as("a mail to " + address).isNotNull();
        return last;
    }

}
