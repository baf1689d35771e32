package org.privacyrequests.notifications;

import java.util.List;
import java.util.Map;

/**
 * One mail the product is about to send: to whom, which template in which language, the template's
 * data, files to attach, and the Message-ID of the mail it answers (if it answers one).
 */
public record OutgoingMail(String reference, String recipient, String template, String language,
                           Map<String, Object> model, List<Attachment> attachments, String inReplyTo) {

    public OutgoingMail(String reference, String recipient, String template, String language,
                        Map<String, Object> model, List<Attachment> attachments) {
        this(reference, recipient, template, language, model, attachments, null);
    }

    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
