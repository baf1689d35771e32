package org.privacyrequests.intake;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.privacyrequests.references.References;
import org.springframework.stereotype.Component;

/**
 * Turns a raw e-mail into an {@link IncomingMail}: the sender, the readable text (from the plain part,
 * or from HTML when that is all there is), what it answers, whether it is automatic or a bounce.
 * Attachments above the configured size are left out and counted. A mail that cannot be read at all, or
 * not safely (MIME parts nested deeper than the limit, a header longer than the column it is stored in),
 * raises {@link UnreadableMail}; it is then kept raw for support to review.
 */
@Component
class IncomingMailParser {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final int MAX_TEXT = 20_000;
    /** The requester's name column (data_subject_request.requester_name, privacy_complaint). */
    static final int NAME_LENGTH = 200;

    private final MailboxProperties properties;

    public IncomingMailParser(MailboxProperties properties) {
        this.properties = properties;
    }

    /**
     * @param arrivedAt when the mail reached our mailbox (the server's arrival time, IMAP INTERNALDATE): the moment of
     *                  receipt, from which the deadline runs. Never the sender's {@code Date:} header, which anyone writes.
     */
    public IncomingMail parse(MimeMessage message, Instant arrivedAt) {
        try {
            Address[] from = message.getFrom();
            if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress sender) || sender.getAddress() == null) {
                throw new UnreadableMail("no sender address");
            }
            String messageId = message.getMessageID();
            if (messageId == null || messageId.isBlank()) {
                // No Message-ID: one made from what identifies this mail, so a second read still matches.
                messageId = "<no-id-" + Integer.toHexString((sender.getAddress() + message.getSubject() + message.getSentDate()).hashCode())
                        + "@intake>";
            }
            String tooLong = tooLongHeaders(messageId, sender, message);
            if (tooLong != null) {
                throw new UnreadableMail(tooLong);
            }
            Body body = new Body();
            read(message, body, 0);
            boolean bounce = isBounce(message);
            String text = body.plain.length() > 0 ? body.plain.toString() : Jsoup.parse(body.html.toString()).wholeText();
            return new IncomingMail(messageId.trim(), sender.getAddress().trim().toLowerCase(Locale.ROOT), sender.getPersonal(),
                    message.getSubject(), truncate(text.strip()), references(message),
                    arrivedAt, isAutomatic(message), bounce,
                    bounce ? firstMessageId(body.returnedHeaders) : null,
                    bounce ? firstReference(body.returnedHeaders + "\n" + text) : null,
                    body.attachmentsLeftOut, authenticationResults(message));
        } catch (MessagingException | IOException | RuntimeException e) {
            if (e instanceof UnreadableMail unreadable) {
                throw unreadable;
            }
            throw new UnreadableMail(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static List<String> authenticationResults(MimeMessage message) throws MessagingException {
        String[] headers = message.getHeader("Authentication-Results");
        return headers == null ? List.of() : List.of(headers);
    }

    /** Names each header that would not fit where it is kept; null when all fit. */
    private static String tooLongHeaders(String messageId, InternetAddress sender, MimeMessage message) throws MessagingException {
        List<String> tooLong = new ArrayList<>();
        check(tooLong, "Message-ID", messageId, IncomingMails.MESSAGE_ID_LENGTH);
        check(tooLong, "sender address", sender.getAddress(), IncomingMails.ADDRESS_LENGTH);
        check(tooLong, "sender name", sender.getPersonal(), NAME_LENGTH);
        check(tooLong, "Subject", message.getSubject(), IncomingMails.SUBJECT_LENGTH);
        for (String id : references(message)) {
            check(tooLong, "In-Reply-To/References Message-ID", id, IncomingMails.MESSAGE_ID_LENGTH);
        }
        return tooLong.isEmpty() ? null : "header too long to keep: " + String.join(", ", tooLong);
    }

    private static void check(List<String> tooLong, String header, String value, int max) {
        if (value != null && value.trim().length() > max) {
            tooLong.add(header + " of " + value.trim().length() + " characters (at most " + max + ")");
        }
    }

    private void read(Part part, Body body, int depth) throws MessagingException, IOException {
        String type = part.getContentType() == null ? "text/plain" : part.getContentType().toLowerCase(Locale.ROOT);
        String disposition = part.getDisposition();
        if (type.startsWith("multipart/")) {
            if (depth >= properties.maxNestingDepth()) {
                // Real mail nests a few levels; far deeper is a parser attack, or broken, and people look at it.
                throw new UnreadableMail("MIME parts nested deeper than " + properties.maxNestingDepth() + " levels");
            }
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                read(child, body, depth + 1);
            }
        } else if (type.startsWith("message/delivery-status") || type.startsWith("text/rfc822-headers")
                || type.startsWith("message/rfc822")) {
            body.returnedHeaders.append(readAll(part.getInputStream(), 64 * 1024)).append('\n');
        } else if (Part.ATTACHMENT.equalsIgnoreCase(disposition) || part.getFileName() != null) {
            if (part.getSize() > properties.maxAttachmentBytes()) {
                body.attachmentsLeftOut++;
            }
            // Attachments are never taken into the process; the mail itself stays in the mailbox.
        } else if (type.startsWith("text/plain")) {
            body.plain.append(part.getContent()).append('\n');
        } else if (type.startsWith("text/html")) {
            body.html.append(part.getContent()).append('\n');
        }
    }

    private static boolean isAutomatic(MimeMessage m) throws MessagingException {
        String autoSubmitted = header(m, "Auto-Submitted");
        String precedence = header(m, "Precedence");
        return (autoSubmitted != null && !autoSubmitted.trim().equalsIgnoreCase("no"))
                || header(m, "X-Autoreply") != null || header(m, "X-Autorespond") != null
                || (precedence != null && precedence.toLowerCase(Locale.ROOT).matches(".*(bulk|auto_reply|junk|list).*"))
                || AutomaticReply.bySubject(m.getSubject());
    }

    private static boolean isBounce(MimeMessage m) throws MessagingException {
        String type = m.getContentType() == null ? "" : m.getContentType().toLowerCase(Locale.ROOT);
        String from = m.getFrom() == null ? "" : Arrays.toString(m.getFrom()).toLowerCase(Locale.ROOT);
        return type.contains("report-type=delivery-status") || from.contains("mailer-daemon") || from.contains("postmaster@");
    }

    private static List<String> references(MimeMessage m) throws MessagingException {
        List<String> ids = new ArrayList<>();
        for (String name : List.of("In-Reply-To", "References")) {
            String value = header(m, name);
            if (value != null) {
                Matcher matcher = MESSAGE_ID.matcher(value);
                while (matcher.find()) {
                    ids.add(matcher.group());
                }
            }
        }
        return ids;
    }

    private static String header(MimeMessage m, String name) throws MessagingException {
        String[] values = m.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static String firstMessageId(CharSequence headers) {
        Matcher matcher = Pattern.compile("(?im)^message-id:\\s*(<[^<>\\s]+>)").matcher(headers);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String firstReference(String text) {
        return References.findIn(text).orElse(null);
    }

    private static String readAll(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0 && out.size() < max) {
            out.write(buffer, 0, n);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String truncate(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    private static final class Body {
        final StringBuilder plain = new StringBuilder();
        final StringBuilder html = new StringBuilder();
        final StringBuilder returnedHeaders = new StringBuilder();
        int attachmentsLeftOut;
    }

    /** A mail the intake cannot read: kept raw for "Review incoming e-mail". */
    public static class UnreadableMail extends RuntimeException {
        public UnreadableMail(String reason) {
            super(reason);
        }
    }
}
