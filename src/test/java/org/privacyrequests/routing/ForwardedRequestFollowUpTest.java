package org.privacyrequests.routing;

import org.privacyrequests.audit.AuditAction;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.privacyrequests.intake.MailboxPoller;
import org.privacyrequests.support.ProcessScenario;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A request forwarded to the webshops that decide about the data stays in sight until each webshop answers; a
 * webshop that does not answer in time gets a follow-up by support (Art. 28(3)(e): we help the controller answer).
 */
class ForwardedRequestFollowUpTest extends ProcessScenario {

    @Autowired MailboxPoller poller;

    @Test
    void each_webshop_is_waited_for_until_it_answers_and_one_that_does_not_is_followed_up_by_support() throws Exception {
        String consumer = "doorgestuurd@example.org";
        company.consumer(consumer, 1, 2);
        ProcessInstance request = fileRequest(consumer, "nl", "access");
        BpmnAwareTests.assertThat(request).isEnded().hasPassed("Task_ForwardToWebshop");
        ProcessInstance koffie = followUp(request, 1);
        ProcessInstance buitensport = followUp(request, 2);
        BpmnAwareTests.assertThat(koffie).isWaitingAt("Gateway_WaitForWebshop");
        BpmnAwareTests.assertThat(buitensport).isWaitingAt("Gateway_WaitForWebshop");

        deliver(mail("privacy@koffieenco.example.nl", "Re: Privacyverzoek (" + request.getBusinessKey() + ")",
                "Wij hebben de klant zelf geantwoord.", "<koffie-antwoord-1@koffieenco.example.nl>"));
        poller.poll();
        runJobs();
        BpmnAwareTests.assertThat(koffie).isEnded().hasPassed("EndEvent_WebshopAnswered");

        moveClockTo(NOW.plus(Duration.ofDays(15)));
        runJobs();
        BpmnAwareTests.assertThat(buitensport).isWaitingAt("UserTask_FollowUpWithWebshop");
        complete(buitensport, "UserTask_FollowUpWithWebshop", "support", Map.of("followUpOutcome", "reminded",
                "followUpNote", "Fleur de Boer gebeld; zij beantwoordt het verzoek deze week."));

        BpmnAwareTests.assertThat(buitensport).isWaitingAt("Gateway_WaitForWebshop");
        moveClockTo(NOW.plus(Duration.ofDays(30)));
        runJobs();
        complete(buitensport, "UserTask_FollowUpWithWebshop", "support", Map.of("followUpOutcome", "answered",
                "followUpNote", "Buitensport Direct heeft de klant zelf geantwoord, zegt Fleur."));
        BpmnAwareTests.assertThat(buitensport).isEnded().hasPassed("EndEvent_FollowedUp");
        assertThat(recorded(request.getBusinessKey(), AuditAction.WEBSHOP_ANSWERED)).contains(Map.of("webshop", "Koffie & Co"));
        assertThat(recorded(request.getBusinessKey(), AuditAction.FOLLOWED_UP_WITH_WEBSHOP)).contains(Map.of("webshop", "Buitensport Direct",
                "followUpOutcome", "answered", "followUpNote", "Buitensport Direct heeft de klant zelf geantwoord, zegt Fleur."));
    }

    private ProcessInstance followUp(ProcessInstance request, long webshop) {
        ProcessInstance followUp = runtimeService.createProcessInstanceQuery().processDefinitionKey(ForwardedRequestFollowUp.KEY)
                .processInstanceBusinessKey(ForwardedRequestFollowUp.businessKey(request.getBusinessKey(), webshop)).singleResult();
        assertThat(followUp).as("follow-up of webshop " + webshop).isNotNull();
        return followUp;
    }
}
