package org.privacyrequests.notifications;

import java.util.List;
import java.util.Map;

/**
 * One mail the product is about to send: to whom, which template in which language, the template's
 * data, and files to attach.
 */
public record OutgoingMail(String reference, String recipient, String template, String language,
                           Map<String, Object> model, List<Attachment> attachments) {

    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
