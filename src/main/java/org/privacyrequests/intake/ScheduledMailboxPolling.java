package org.privacyrequests.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Polls the support mailbox at the configured interval, when the intake is enabled. */
@Component
@ConditionalOnProperty(name = "privacy.intake.mailbox.enabled", havingValue = "true")
class ScheduledMailboxPolling {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledMailboxPolling.class);

    private final MailboxPoller poller;

    public ScheduledMailboxPolling(MailboxPoller poller) {
        this.poller = poller;
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${privacy.intake.mailbox.poll-interval}")
    public void poll() {
        try {
            var outcomes = poller.poll();
            if (!outcomes.isEmpty()) {
                LOG.info("Mailbox polled: {}", outcomes);
            }
        } catch (MailboxPoller.MailboxUnavailable e) {
            LOG.warn("{}; trying again at the next poll", e.getMessage());
        }
    }
}
