package org.privacyrequests.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes in the support mailbox's new mail when the intake is enabled: as soon as IMAP IDLE says some arrived, and at
 * the configured interval as the fall-back.
 */
@Component
@ConditionalOnProperty(name = "privacy.intake.mailbox.enabled", havingValue = "true")
class ScheduledMailboxPolling implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledMailboxPolling.class);

    private final MailboxPoller poller;
    private final MailboxProperties properties;
    private volatile MailboxIdle idle;

    public ScheduledMailboxPolling(MailboxPoller poller, MailboxProperties properties) {
        this.poller = poller;
        this.properties = properties;
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

    @Override
    public void start() {
        if (properties.idle()) {
            idle = new MailboxIdle(properties, this::poll);
            idle.start();
        }
    }

    @Override
    public void stop() {
        MailboxIdle running = idle;
        idle = null;
        if (running != null) {
            running.close();
        }
    }

    @Override
    public boolean isRunning() {
        return idle != null;
    }
}
