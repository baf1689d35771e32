package org.privacyrequests.intake;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.UIDFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.privacyrequests.intake.IncomingMailParser.UnreadableMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the new mails in the support mailbox over IMAP and hands each to the intake. The mailbox is the helpdesk's
 * too: the intake never sets or clears a read marker and leaves a mail it does not act on as it was. It keeps its own
 * place per folder instead ({@link MailboxBookkeeping}: UIDVALIDITY and the highest UID handled), so a mail a person
 * opened first is still taken in, once. A mail it acted on gets the configured keyword and, when a folder is
 * configured, moves there. The place moves on only after what a mail started has been committed; a crash in between
 * means the mail is read again, and the intake's Message-ID check keeps it from starting anything twice. A mail
 * that is too large, cannot be read, or that the intake fails on goes to support ("Review incoming e-mail"), so no
 * mail is retried for ever out of sight; only when even that fails (database down) is it tried again at the next
 * poll. A mailbox that cannot be reached is reported and tried again. This is the one path that takes mail in;
 * {@link MailboxIdle} only wakes it.
 */
@Component
public class MailboxPoller {

    private static final Logger LOG = LoggerFactory.getLogger(MailboxPoller.class);

    /** Outcomes where the intake did nothing with the mail: it stays exactly as the helpdesk left it. */
    private static final Set<IntakeOutcome> LEFT_ALONE = EnumSet.of(IntakeOutcome.NOT_PRIVACY, IntakeOutcome.OWN_MAIL,
            IntakeOutcome.AUTO_REPLY, IntakeOutcome.DUPLICATE, IntakeOutcome.BOUNCE_UNMATCHED);

    private final MailboxProperties properties;
    private final IncomingMailParser parser;
    private final MailIntake intake;
    private final MailboxBookkeeping bookkeeping;
    private final java.time.Clock clock;

    public MailboxPoller(MailboxProperties properties, IncomingMailParser parser, MailIntake intake, MailboxBookkeeping bookkeeping,
                         java.time.Clock clock) {
        this.clock = clock;
        this.properties = properties;
        this.parser = parser;
        this.intake = intake;
        this.bookkeeping = bookkeeping;
    }

    /**
     * Takes in the mails that arrived since the last poll, up to the configured number. One poll at a time per node:
     * the schedule and IMAP IDLE both call this.
     *
     * @return per outcome, how many mails this poll handled
     */
    public synchronized Map<String, Integer> poll() {
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        Session session = Session.getInstance(sessionSettings(properties));
        try (Store store = session.getStore(properties.protocol())) {
            store.connect(properties.host(), properties.port(), properties.username(), properties.password());
            Folder folder = store.getFolder(properties.folder());
            // Read-only unless the intake marks or moves what it acted on; either way reading takes a peek (sessionSettings).
            boolean marks = properties.marksHandledMail() || properties.movesHandledMail();
            folder.open(marks ? Folder.READ_WRITE : Folder.READ_ONLY);
            try {
                UIDFolder uids = (UIDFolder) folder;
                long uidValidity = uids.getUIDValidity();
                var place = bookkeeping.placeIn(properties.mailboxName(), properties.folder())
                        .filter(known -> known.uidValidity() == uidValidity);
                long lastUid = place.map(MailboxBookkeeping.Place::lastUid).orElse(0L);
                // A first read of this folder takes in only recent mail: what came before is the helpdesk's past.
                java.time.Instant firstReadFrom = place.isEmpty() ? clock.instant().minus(properties.firstReadWindow()) : null;
                int leftAsPast = 0;
                // UID n:* always holds the newest mail, even when it is not above n: hence the filter.
                Message[] batch = Arrays.stream(uids.getMessagesByUID(lastUid + 1, UIDFolder.LASTUID))
                        .filter(m -> uid(uids, m) > lastUid)
                        .limit(properties.maxMessagesPerPoll())
                        .toArray(Message[]::new);
                if (batch.length == 0) {
                    return outcomes;
                }
                // Sizes first, so a mail over the limit is never taken into memory; then the others whole in one
                // command: two round trips per poll, not two per mail.
                folder.fetch(batch, sizesAndEnvelopes());
                Message[] small = Arrays.stream(batch).filter(m -> !tooLarge(m) && !olderThan(m, firstReadFrom)).toArray(Message[]::new);
                folder.fetch(small, wholeMessages(folder));
                List<Message> actedOn = new ArrayList<>();
                long handledUpTo = lastUid;
                boolean retryFromHere = false;
                for (Message message : batch) {
                    if (olderThan(message, firstReadFrom)) {
                        leftAsPast++;
                        if (!retryFromHere) {
                            handledUpTo = uid(uids, message);
                        }
                        continue;
                    }
                    IntakeOutcome outcome = tooLarge(message) ? keepTooLarge((MimeMessage) message) : handle((MimeMessage) message);
                    if (outcome == null) {
                        // The place stops before this mail; the ones after it are read again and recognised by Message-ID.
                        retryFromHere = true;
                        continue;
                    }
                    outcomes.merge(outcome.code(), 1, Integer::sum);
                    if (!retryFromHere) {
                        handledUpTo = uid(uids, message);
                    }
                    if (!LEFT_ALONE.contains(outcome)) {
                        actedOn.add(message);
                    }
                }
                markAndMove(folder, actedOn);
                if (leftAsPast > 0) {
                    LOG.info("Mailbox {}: first read of folder {}; {} mail(s) older than {} left as the helpdesk's past",
                            properties.username(), properties.folder(), leftAsPast, properties.firstReadWindow());
                }
                // A crash before this line means these mails are read again: their Message-IDs keep them from starting anything twice.
                if (handledUpTo > lastUid) {
                    bookkeeping.handledUpTo(properties.mailboxName(), properties.folder(), new MailboxBookkeeping.Place(uidValidity, handledUpTo));
                }
            } finally {
                if (folder.isOpen()) {
                    folder.close(false);
                }
            }
        } catch (MessagingException e) {
            throw new MailboxUnavailable("Mailbox " + properties.username() + " on " + properties.host() + ":" + properties.port()
                    + " cannot be read: " + e.getMessage(), e);
        }
        return outcomes;
    }

    /** Whether the mail arrived before this moment (never, when there is no such moment). */
    private static boolean olderThan(Message message, java.time.Instant moment) {
        try {
            return moment != null && message.getReceivedDate() != null && message.getReceivedDate().toInstant().isBefore(moment);
        } catch (MessagingException unknownDate) {
            return false;
        }
    }

    /**
     * Shows the helpdesk which mails the intake acted on: the keyword, where the server keeps keywords, and the move to
     * the configured folder. Neither is needed for the intake's own bookkeeping, so a failure here is only reported.
     */
    private void markAndMove(Folder folder, List<Message> actedOn) {
        if (actedOn.isEmpty()) {
            return;
        }
        Message[] messages = actedOn.toArray(new Message[0]);
        try {
            if (properties.marksHandledMail() && folder.getPermanentFlags().contains(Flags.Flag.USER)) {
                folder.setFlags(messages, new Flags(properties.handledKeyword().trim()), true);
            }
            if (properties.movesHandledMail()) {
                move(folder, messages);
            }
        } catch (MessagingException e) {
            LOG.warn("Could not mark or move {} mails the intake acted on in {}: {}", messages.length, properties.folder(), e.getMessage());
        }
    }

    /** With IMAP MOVE only: copying and expunging could remove mails a person marked as deleted. */
    private void move(Folder folder, Message[] messages) throws MessagingException {
        if (!(folder instanceof IMAPFolder imap) || !((IMAPStore) folder.getStore()).hasCapability("MOVE")) {
            LOG.warn("The mail server cannot move mail (IMAP MOVE); the mails the intake acted on stay in {}", properties.folder());
            return;
        }
        Folder target = folder.getStore().getFolder(properties.handledFolder().trim());
        if (!target.exists()) {
            target.create(Folder.HOLDS_MESSAGES);
        }
        imap.moveMessages(messages, target);
    }

    private static long uid(UIDFolder folder, Message message) {
        try {
            return folder.getUID(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("The mail server gave no UID for a mail it just listed", e);
        }
    }

    /** The IMAP session: time-outs, and with {@code starttls} no login before the connection is encrypted. */
    static Properties sessionSettings(MailboxProperties properties) {
        String prefix = "mail." + properties.protocol() + ".";
        Properties settings = new Properties();
        // Reading a mail never marks it as read: that marker is the helpdesk's.
        settings.put(prefix + "peek", "true");
        settings.put(prefix + "connectiontimeout", "5000");
        settings.put(prefix + "timeout", "20000");
        if (properties.starttls()) {
            settings.put(prefix + "starttls.enable", "true");
            settings.put(prefix + "starttls.required", "true");
        }
        if (properties.sslTrust() != null && !properties.sslTrust().isBlank()) {
            settings.put(prefix + "ssl.trust", properties.sslTrust().trim());
        }
        return settings;
    }

    /** When the mail reached the mailbox, as the server says (IMAP INTERNALDATE); else now, when the intake sees it first. */
    private java.time.Instant arrivedAt(MimeMessage message) {
        try {
            if (message.getReceivedDate() != null) {
                return message.getReceivedDate().toInstant();
            }
        } catch (MessagingException e) {
            LOG.debug("The server gave no arrival time for a mail: {}", e.getMessage());
        }
        return clock.instant();
    }

    /** @return the outcome, or null when the mail is to be tried again at the next poll */
    private IntakeOutcome handle(MimeMessage message) {
        MimeMessage copy;
        byte[] raw;
        try {
            // One fetch from the server: the raw mail, kept for review if it cannot be read, parsed from memory.
            raw = raw(message);
            copy = new MimeMessage(message.getSession(), new java.io.ByteArrayInputStream(raw));
        } catch (MessagingException | IOException e) {
            LOG.warn("A mail could not be fetched from the mailbox; trying again at the next poll: {}", e.getMessage());
            return null;
        }
        IncomingMail mail;
        try {
            mail = parser.parse(copy, arrivedAt(message));
        } catch (UnreadableMail unreadable) {
            return keepForReview(copy, raw, unreadable.getMessage(), IntakeOutcome.UNREADABLE);
        }
        try {
            return intake.handle(mail);
        } catch (RuntimeException e) {
            // The same mail would fail the same way at every poll, unseen by anyone: support looks at it instead.
            // When even that fails (the database is down), it is tried again at the next poll.
            LOG.error("Handling incoming mail {} failed; keeping it for review", mail.messageId(), e);
            return keepForReview(copy, raw, "the intake failed on it: " + e, IntakeOutcome.UNREADABLE);
        }
    }

    /** A mail over the size limit: not fetched, not read; its headers go to support, the mail stays in the mailbox. */
    private IntakeOutcome keepTooLarge(MimeMessage message) {
        String reason = ("larger than the limit of %d bytes (%d bytes), so not read here; it is still in the mailbox %s, "
                + "folder %s").formatted(properties.maxMessageBytes(), size(message), properties.username(),
                properties.movesHandledMail() ? properties.handledFolder().trim() : properties.folder());
        return keepForReview(message, null, reason, IntakeOutcome.TOO_LARGE);
    }

    /** @return the outcome, or null when even keeping it for review failed (tried again at the next poll) */
    private IntakeOutcome keepForReview(MimeMessage message, byte[] raw, String reason, IntakeOutcome outcome) {
        try {
            return intake.keepForReview(messageId(message), from(message), subject(message), raw, reason, outcome);
        } catch (RuntimeException e) {
            LOG.error("An incoming mail could not be kept for review; it is tried again at the next poll", e);
            return null;
        }
    }

    private boolean tooLarge(Message message) {
        return size(message) > properties.maxMessageBytes();
    }

    private static long size(Message message) {
        try {
            return message.getSize();
        } catch (MessagingException e) {
            return -1;
        }
    }

    private static FetchProfile sizesAndEnvelopes() {
        FetchProfile profile = new FetchProfile();
        profile.add(FetchProfile.Item.SIZE);
        profile.add(FetchProfile.Item.ENVELOPE);
        return profile;
    }

    private static FetchProfile wholeMessages(Folder folder) {
        FetchProfile profile = new FetchProfile();
        if (folder instanceof IMAPFolder) {
            profile.add(IMAPFolder.FetchProfileItem.MESSAGE);
        } else {
            profile.add(FetchProfile.Item.ENVELOPE);
        }
        return profile;
    }

    private static byte[] raw(MimeMessage message) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String from(MimeMessage message) {
        try {
            return message.getFrom() == null || message.getFrom().length == 0 ? null : message.getFrom()[0].toString();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    /** The mailbox cannot be reached or read (server down, wrong login). */
    public static class MailboxUnavailable extends RuntimeException {
        public MailboxUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
