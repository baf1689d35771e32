package org.privacyrequests.complaints;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.privacyrequests.notifications.MailDelivery;
import org.privacyrequests.notifications.MailModel;
import org.privacyrequests.notifications.OutgoingMail;
import org.springframework.stereotype.Service;

/** Writes to the complainant in their language, and to others (a webshop, managers) about a complaint. */
@Service
class ComplaintMail {

    private final PrivacyComplaints complaints;
    private final MailModel mailModel;
    private final MailDelivery delivery;

    public ComplaintMail(PrivacyComplaints complaints, MailModel mailModel, MailDelivery delivery) {
        this.complaints = complaints;
        this.mailModel = mailModel;
        this.delivery = delivery;
    }

    public void send(String reference, String template, Map<String, Object> extras) {
        PrivacyComplaint complaint = complaint(reference);
        deliver(complaint.complainantEmail(), complaint.language(), reference, template, extras, complaints.sourceMessageId(reference));
    }

    public void sendTo(String recipient, String language, String reference, String template, Map<String, Object> extras) {
        deliver(recipient, language, reference, template, extras, null);
    }

    private void deliver(String recipient, String language, String reference, String template, Map<String, Object> extras,
                         String inReplyTo) {
        PrivacyComplaint complaint = complaint(reference);
        Map<String, Object> model = mailModel.withCompany();
        Map<String, Object> about = new HashMap<>();
        about.put("reference", complaint.reference());
        about.put("receivedOn", mailModel.date(complaint.receivedAt(), language));
        about.put("deadline", mailModel.date(complaint.deadline(), language));
        if (complaint.category() != null) {
            about.put("category", complaint.category().code());
        }
        if (complaint.relatedRequest() != null) {
            about.put("relatedRequest", complaint.relatedRequest());
        }
        model.put("complaint", about);
        if (complaint.complainantName() != null) {
            model.put("complainantName", complaint.complainantName());
        }
        model.putAll(extras);
        delivery.send(new OutgoingMail(reference, recipient, template, language, model, List.of(), inReplyTo));
    }

    PrivacyComplaint complaint(String reference) {
        return complaints.find(reference).orElseThrow(() -> new IllegalStateException("No complaint " + reference));
    }
}
