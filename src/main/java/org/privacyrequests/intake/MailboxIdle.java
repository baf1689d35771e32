package org.privacyrequests.intake;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for new mail in the support mailbox (IMAP IDLE, on a thread of its own) and wakes the poll as soon as the
 * server says something changed, so a request is taken in within seconds instead of at the next poll. It only says
 * when: the poll ({@link MailboxPoller}) stays the one path that takes mail in and keeps the bookkeeping. On a server
 * without IDLE, or while the connection is down, the scheduled poll carries on alone.
 */
class MailboxIdle implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MailboxIdle.class);
    /** How soon after a poll the IDLE is ended once to count again (see waitForMail). */
    static final Duration LOOK_AGAIN_AFTER_POLL = Duration.ofSeconds(2);

    private final MailboxProperties properties;
    private final Runnable wake;
    private final Thread thread;
    private final ScheduledExecutorService renewal;
    private volatile boolean running;
    private volatile IMAPFolder waitingOn;

    /** @param wake what to run when the mailbox may hold new mail: the poll */
    MailboxIdle(MailboxProperties properties, Runnable wake) {
        this.properties = properties;
        this.wake = wake;
        this.thread = new Thread(this::waitForMail, "mailbox-idle");
        this.thread.setDaemon(true);
        this.renewal = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mailbox-idle-renewal");
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        running = true;
        thread.start();
        long every = properties.idleRenewal().toMillis();
        // Servers end an IDLE after 30 minutes at the latest: interrupting it now and then keeps it alive.
        renewal.scheduleWithFixedDelay(this::interruptIdle, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        running = false;
        renewal.shutdownNow();
        // Again until the thread ends: an IDLE may begin just after an interruption.
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        try {
            while (thread.isAlive() && System.nanoTime() < until) {
                interruptIdle();
                thread.join(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void waitForMail() {
        while (running) {
            Session session = Session.getInstance(idleSettings());
            try (Store store = session.getStore(properties.protocol())) {
                store.connect(properties.host(), properties.port(), properties.username(), properties.password());
                if (!(store instanceof IMAPStore imap) || !imap.hasCapability("IDLE")) {
                    LOG.info("The mail server does not offer IMAP IDLE; the mailbox is polled every {}", properties.pollInterval());
                    return;
                }
                IMAPFolder folder = (IMAPFolder) store.getFolder(properties.folder());
                folder.open(Folder.READ_ONLY);
                // New mail announced as an IDLE begins would otherwise wait for the next change: end that IDLE too.
                folder.addMessageCountListener(new MessageCountAdapter() {
                    @Override
                    public void messagesAdded(MessageCountEvent e) {
                        interruptSoon();
                    }
                });
                waitingOn = folder;
                // Polls when the number of mails changed since the last poll: at the start (what came while nobody
                // waited), and after an IDLE that ended with new mail. A change that is no new mail (a colleague
                // reading one, a renewal) leaves the poll asleep.
                int known = -1;
                boolean justPolled = false;
                while (running && folder.isOpen()) {
                    int count = folder.getMessageCount();
                    if (count != known) {
                        known = count;
                        wakePoll();
                        justPolled = true;
                        continue;
                    }
                    if (justPolled) {
                        // A mail that arrives after the count above but before the server starts the IDLE is announced
                        // to no one: look once more shortly after each poll, so it waits seconds rather than a renewal.
                        justPolled = false;
                        scheduleInterrupt(LOOK_AGAIN_AFTER_POLL);
                    }
                    folder.idle(true);
                }
            } catch (MessagingException | IllegalStateException e) {
                if (running) {
                    LOG.warn("Waiting for new mail in {} stopped ({}); trying again in {}, polling meanwhile", properties.folder(),
                            e.getMessage(), properties.pollInterval());
                    pause(properties.pollInterval());
                }
            } finally {
                waitingOn = null;
            }
        }
    }

    private void wakePoll() {
        try {
            wake.run();
        } catch (RuntimeException e) {
            LOG.warn("Polling the mailbox after new mail failed: {}", e.getMessage());
        }
    }

    private void interruptSoon() {
        scheduleInterrupt(Duration.ZERO);
    }

    private void scheduleInterrupt(Duration after) {
        try {
            renewal.schedule(this::interruptIdle, after.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // Closing: the IDLE ends anyway.
        }
    }

    /** A command on the folder from another thread ends a running IDLE; the waiting thread then polls if need be and waits again. */
    private void interruptIdle() {
        IMAPFolder folder = waitingOn;
        if (folder != null) {
            try {
                folder.doCommand(protocol -> {
                    protocol.noop();
                    return null;
                });
            } catch (MessagingException | RuntimeException e) {
                LOG.debug("Interrupting IDLE: {}", e.getMessage());
            }
        }
    }

    /** As the poll's session, but a read may wait for a whole IDLE (and a little longer, to notice a dead connection). */
    private Properties idleSettings() {
        Properties settings = MailboxPoller.sessionSettings(properties);
        settings.put("mail." + properties.protocol() + ".timeout", String.valueOf(properties.idleRenewal().plusMinutes(1).toMillis()));
        return settings;
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
