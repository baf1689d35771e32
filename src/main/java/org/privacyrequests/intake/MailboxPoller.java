package org.privacyrequests.intake;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.privacyrequests.intake.IncomingMailParser.UnreadableMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the new mails in the support mailbox over IMAP and hands each to the intake. A mail is marked as
 * read only after what it started has been committed; a crash in between means it is read again, and the
 * intake's Message-ID check keeps it from starting anything twice. A mail that is too large, cannot be read,
 * or that the intake fails on goes to support ("Review incoming e-mail"), so no mail is retried for ever out
 * of sight; only when even that fails (database down) does it stay unread for the next poll. A mailbox that
 * cannot be reached is reported and tried again.
 */
@Component
public class MailboxPoller {

    private static final Logger LOG = LoggerFactory.getLogger(MailboxPoller.class);

    private final MailboxProperties properties;
    private final IncomingMailParser parser;
    private final MailIntake intake;

    public MailboxPoller(MailboxProperties properties, IncomingMailParser parser, MailIntake intake) {
        this.properties = properties;
        this.parser = parser;
        this.intake = intake;
    }

    /** @return per outcome, how many mails this poll handled */
    public Map<String, Integer> poll() {
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        Session session = Session.getInstance(sessionSettings(properties));
        try (Store store = session.getStore(properties.protocol())) {
            store.connect(properties.host(), properties.port(), properties.username(), properties.password());
            Folder folder = store.getFolder(properties.folder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                Message[] batch = Arrays.copyOf(unread, Math.min(unread.length, properties.maxMessagesPerPoll()));
                // Sizes first, so a mail over the limit is never taken into memory; then the others whole in one
                // command, and the read flags in one: three round trips per poll, not two per mail.
                folder.fetch(batch, sizesAndEnvelopes());
                Message[] small = Arrays.stream(batch).filter(m -> !tooLarge(m)).toArray(Message[]::new);
                folder.fetch(small, wholeMessages(folder));
                List<Message> handled = new ArrayList<>();
                for (Message message : batch) {
                    IntakeOutcome outcome = tooLarge(message) ? keepTooLarge((MimeMessage) message) : handle((MimeMessage) message);
                    if (outcome != null) {
                        handled.add(message);
                        outcomes.merge(outcome.code(), 1, Integer::sum);
                    }
                }
                // A crash before this line leaves the mails unread: the next poll recognises them by Message-ID and starts nothing twice.
                if (!handled.isEmpty()) {
                    folder.setFlags(handled.toArray(new Message[0]), new Flags(Flags.Flag.SEEN), true);
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            throw new MailboxUnavailable("Mailbox " + properties.username() + " on " + properties.host() + ":" + properties.port()
                    + " cannot be read: " + e.getMessage(), e);
        }
        return outcomes;
    }

    /** The IMAP session: time-outs, and with {@code starttls} no login before the connection is encrypted. */
    static Properties sessionSettings(MailboxProperties properties) {
        String prefix = "mail." + properties.protocol() + ".";
        Properties settings = new Properties();
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
            mail = parser.parse(copy);
        } catch (UnreadableMail unreadable) {
            return keepForReview(copy, raw, unreadable.getMessage(), IntakeOutcome.UNREADABLE);
        }
        try {
            return intake.handle(mail);
        } catch (RuntimeException e) {
            // The same mail would fail the same way at every poll, unseen by anyone: support looks at it instead.
            // When even that fails (the database is down), it stays unread and is tried again at the next poll.
            LOG.error("Handling incoming mail {} failed; keeping it for review", mail.messageId(), e);
            return keepForReview(copy, raw, "the intake failed on it: " + e, IntakeOutcome.UNREADABLE);
        }
    }

    /** A mail over the size limit: not fetched, not read; its headers go to support, the mail stays in the mailbox. */
    private IntakeOutcome keepTooLarge(MimeMessage message) {
        String reason = ("larger than the limit of %d bytes (%d bytes), so not read here; it is still in the mailbox %s, "
                + "folder %s, marked as read").formatted(properties.maxMessageBytes(), size(message), properties.username(),
                properties.folder());
        return keepForReview(message, null, reason, IntakeOutcome.TOO_LARGE);
    }

    /** @return the outcome, or null when even keeping it for review failed (tried again at the next poll) */
    private IntakeOutcome keepForReview(MimeMessage message, byte[] raw, String reason, IntakeOutcome outcome) {
        try {
            return intake.keepForReview(messageId(message), from(message), subject(message), raw, reason, outcome);
        } catch (RuntimeException e) {
            LOG.error("An incoming mail could not be kept for review; it stays unread and is tried again at the next poll", e);
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
        if (folder instanceof org.eclipse.angus.mail.imap.IMAPFolder) {
            profile.add(org.eclipse.angus.mail.imap.IMAPFolder.FetchProfileItem.MESSAGE);
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
