package org.privacyrequests.notifications;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import org.privacyrequests.minimisation.KeepsCaseData;
import org.privacyrequests.minimisation.CaseReferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import java.util.Collection;
import java.time.Instant;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.company.CompanyProperties;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * Sends a mail over SMTP and records that it went out. A mail server that is down fails the step, which
 * the engine retries and finally shows as an incident; the BPMN model puts each send in a transaction
 * of its own, so a retry never repeats a mail that was already sent.
 */
@Service
public class MailDelivery implements KeepsCaseData {

    /** Mails the product writes by itself, without a person deciding, and how RFC 3834 calls them. */
    static final java.util.Map<String, String> AUTOMATIC = java.util.Map.of(
            "request-received", "auto-replied",
            "complaint-received", "auto-replied",
            "closed-no-identity", "auto-generated",
            "support-reminder", "auto-generated",
            "overdue-alert", "auto-generated",
            "complaint-reminder", "auto-generated",
            "complaint-escalated", "auto-generated",
            "request-confirmation", "auto-generated");

    private final JavaMailSender smtp;
    private final MailServerConnections connections;
    private final MailTemplates templates;
    private final CompanyProperties company;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    /** The stream provider Jakarta Mail would find itself, named so that it is not searched for again on each mail. */
    static final String STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        // Jakarta Mail 2.1 looks up its stream provider through ServiceLoader, reading every jar's META-INF/services,
        // each time a mail part is encoded or parsed (jakartaee/mail-api#861): a third of a receipt's sending. Named in
        // this system property, the provider is made directly. Only when the property is unset and the class is there.
        if (System.getProperty("jakarta.mail.util.StreamProvider") == null && ClassUtils.isPresent(STREAM_PROVIDER, null)) {
            System.setProperty("jakarta.mail.util.StreamProvider", STREAM_PROVIDER);
        }
    }

    public MailDelivery(JavaMailSender smtp, MailServerConnections connections, MailTemplates templates, CompanyProperties company,
                        JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.smtp = smtp;
        this.connections = connections;
        this.templates = templates;
        this.company = company;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public void send(OutgoingMail mail) {
        String messageId = deliver(mail);
        jdbc.update("INSERT INTO sent_mail (message_id, reference, template, recipient, sent_at) VALUES (?, ?, ?, ?, ?)",
                messageId, mail.reference(), mail.template(), mail.recipient(),
                Timestamp.from(clock.instant()));
        audit.recordBy(mail.reference(), AuditTrail.SYSTEM, AuditEvent.of(AuditAction.MAIL_SENT).with("template", mail.template()).with("language", mail.language()));
    }

    /**
     * A mail about something not yet filed, such as the confirmation link of the public form: there is no
     * request to record it against, and the address is not kept beyond the confirmation itself.
     */
    public void sendBeforeFiling(OutgoingMail mail) {
        deliver(mail);
    }

    private String deliver(OutgoingMail mail) {
        var rendered = templates.render(mail.template(), mail.language(), mail.model());
        try {
            MimeMessage message = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, !mail.attachments().isEmpty(), "UTF-8");
            helper.setFrom(company.supportEmail(), company.name());
            helper.setReplyTo(company.supportEmail());
            helper.setTo(mail.recipient());
            helper.setSubject(rendered.subject());
            helper.setText(rendered.body(), false);
            for (var attachment : mail.attachments()) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
            }
            if (mail.reference() != null) {
                message.setHeader("X-Privacy-Request-Reference", mail.reference());
            }
            if (mail.inReplyTo() != null) {
                message.setHeader("In-Reply-To", mail.inReplyTo());
                message.setHeader("References", mail.inReplyTo());
            }
            String autoSubmitted = AUTOMATIC.get(mail.template());
            if (autoSubmitted != null) {
                // RFC 3834: other systems (and our own intake) must not answer these automatically.
                message.setHeader("Auto-Submitted", autoSubmitted);
            }
            message.setSentDate(new java.util.Date());
            message.saveChanges();
            connections.send(message);
            return message.getMessageID();
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("Mail '" + mail.template() + "' for " + mail.reference() + " could not be built: " + e.getMessage(), e);
        }
    }

    /** The mails sent about a case, oldest first: which mail (its template), to whom, when. */
    public java.util.List<SentMail> sentAbout(String reference) {
        return jdbc.query("SELECT template, recipient, sent_at FROM sent_mail WHERE reference = ? ORDER BY sent_at, message_id",
                (rs, i) -> new SentMail(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()), reference);
    }

    /** One line of the log of sent mails. */
    public record SentMail(String template, String recipient, Instant sentAt) {
    }

    /** The log of mails sent about closed cases, once the accountability period is over. */
    @Override
    public int forgetRecords(Collection<String> closedCases, Instant before) {
        return CaseReferences.update(new NamedParameterJdbcTemplate(jdbc), "DELETE FROM sent_mail WHERE reference IN (:references)", closedCases);
    }
}
