package org.privacyrequests.notifications;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Connections to the mail server, kept open from one mail to the next. Each mail used to open one of its own: a TCP
 * connection, the server's greeting, EHLO, a login where the server asks for one, a thread for the write time-out, and
 * QUIT; for a receipt that was more work than the mail itself. A connection carries one mail at a time; before a mail
 * it must answer NOOP, else it is closed and a new one opened, and one unused for {@link #MAX_IDLE} is closed.
 *
 * <p>Nothing about sending changes: a mail that fails fails its step (the engine retries it), as before, and a mail is
 * never tried again on another connection here, so it cannot go out twice. The errors are Spring's, as
 * {@link JavaMailSender#send} reports them ("Mail server connection failed" when no connection can be had).
 */
@Component
class MailServerConnections implements DisposableBean {

    /** Mail servers wait minutes before closing an unused connection (RFC 5321 asks for at least five). */
    static final Duration MAX_IDLE = Duration.ofSeconds(30);
    /** Connections kept open at most: about one per job executor thread that sends at the same time. */
    static final int MAX_KEPT = 10;

    private final JavaMailSender smtp;
    private final BlockingDeque<Kept> kept = new LinkedBlockingDeque<>();

    MailServerConnections(JavaMailSender smtp) {
        this.smtp = smtp;
    }

    /** Sends a mail whose headers are set and saved ({@link MimeMessage#saveChanges()}), as {@link JavaMailSender#send} would. */
    void send(MimeMessage message) {
        if (!(smtp instanceof JavaMailSenderImpl settings)) {
            smtp.send(message);
            return;
        }
        Transport transport = connection(settings);
        try {
            if (message.getSentDate() == null) {
                // As JavaMailSender#send: the date it went, the Message-ID it was given.
                String messageId = message.getMessageID();
                message.setSentDate(new Date());
                message.saveChanges();
                if (messageId != null) {
                    message.setHeader("Message-ID", messageId);
                }
            }
            Address[] recipients = message.getAllRecipients();
            transport.sendMessage(message, recipients == null ? new Address[0] : recipients);
        } catch (MessagingException e) {
            close(transport);
            throw new MailSendException(Map.of(message, e));
        } catch (RuntimeException | Error e) {
            close(transport);
            throw e;
        }
        keep(transport);
    }

    private Transport connection(JavaMailSenderImpl settings) {
        for (Kept k = kept.pollFirst(); k != null; k = kept.pollFirst()) {
            if (System.nanoTime() - k.since() < MAX_IDLE.toNanos() && k.transport().isConnected()) {
                return k.transport();
            }
            close(k.transport());
        }
        try {
            String protocol = settings.getProtocol() != null ? settings.getProtocol()
                    : settings.getSession().getProperty("mail.transport.protocol");
            Transport transport = settings.getSession().getTransport(protocol != null ? protocol : JavaMailSenderImpl.DEFAULT_PROTOCOL);
            String username = "".equals(settings.getUsername()) ? null : settings.getUsername();
            String password = username == null && "".equals(settings.getPassword()) ? null : settings.getPassword();
            transport.connect(settings.getHost(), settings.getPort(), username, password);
            return transport;
        } catch (AuthenticationFailedException e) {
            throw new MailAuthenticationException(e);
        } catch (MessagingException e) {
            throw new MailSendException("Mail server connection failed", e);
        }
    }

    private void keep(Transport transport) {
        kept.offerFirst(new Kept(transport, System.nanoTime()));
        while (kept.size() > MAX_KEPT) {
            Kept surplus = kept.pollLast();
            if (surplus != null) {
                close(surplus.transport());
            }
        }
    }

    /** Closes the connections no mail used for {@link #MAX_IDLE}, also when no mail comes to find them. */
    @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
    void closeUnused() {
        for (Kept k = kept.peekLast(); k != null && System.nanoTime() - k.since() >= MAX_IDLE.toNanos(); k = kept.peekLast()) {
            if (kept.removeLastOccurrence(k)) {
                close(k.transport());
            }
        }
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException | RuntimeException alreadyGone) {
            // A connection the server closed, or one that broke: nothing to hand back.
        }
    }

    @Override
    public void destroy() {
        for (Kept k = kept.pollFirst(); k != null; k = kept.pollFirst()) {
            close(k.transport());
        }
    }

    private record Kept(Transport transport, long since) {
    }
}
