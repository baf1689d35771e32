package org.privacyrequests.requests;

import org.privacyrequests.notifications.MailDelivery;
import org.privacyrequests.notifications.MailModel;
import org.privacyrequests.notifications.OutgoingMail;

import java.util.List;
import java.util.Map;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.requests.DataSubjectRequest;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.springframework.stereotype.Service;

/** Writes to the requester, in the requester's language, about their request; and to the company's own teams. */
@Service
public class RequesterMail {

    private final DataSubjectRequestRepository requests;
    private final MailModel mailModel;
    private final MailDelivery sender;
    private final CompanyProperties company;

    public RequesterMail(DataSubjectRequestRepository requests, MailModel mailModel, MailDelivery sender,
                         CompanyProperties company) {
        this.requests = requests;
        this.mailModel = mailModel;
        this.sender = sender;
        this.company = company;
    }

    public void send(String reference, String template, Map<String, Object> extras) {
        send(reference, template, extras, List.of());
    }

    public void send(String reference, String template, Map<String, Object> extras, List<OutgoingMail.Attachment> attachments) {
        DataSubjectRequest request = request(reference);
        sender.send(new OutgoingMail(reference, request.requesterEmail(), template, request.language(),
                model(request, extras), attachments, requests.sourceMessageId(reference)));
    }

    /** A mail about the request to someone other than the requester (a webshop, the support team, managers). */
    public void sendTo(String recipient, String language, String reference, String template, Map<String, Object> extras) {
        sendTo(recipient, language, reference, template, extras, null);
    }

    /** As {@link #sendTo(String, String, String, String, Map)}, as an answer to the recipient's mail with this Message-ID. */
    public void sendTo(String recipient, String language, String reference, String template, Map<String, Object> extras, String inReplyTo) {
        DataSubjectRequest request = request(reference);
        var model = about(new DataSubjectRequest(request.reference(), request.requesterEmail(),
                request.requesterName(), request.requestTypes(), request.requestText(), language, request.channel(),
                request.receivedAt(), request.deadline(), request.extensionReason(), request.status(), request.outcome(),
                request.closedAt()));
        model.putAll(extras);
        sender.send(new OutgoingMail(reference, recipient, template, language, model, List.of(), inReplyTo));
    }

    /** The data of a mail about this request: the company, and the request as its templates name it. */
    public Map<String, Object> about(DataSubjectRequest request) {
        String language = request.language();
        Map<String, Object> model = mailModel.withCompany();
        model.put("request", Map.of(
                "reference", request.reference(),
                "receivedOn", mailModel.date(request.receivedAt(), language),
                "deadline", mailModel.date(request.deadline(), language),
                "types", List.copyOf(RequestTypes.read(request.requestTypes()).codes())));
        if (request.requesterName() != null) {
            model.put("requesterName", request.requesterName());
        }
        return model;
    }

    public String staffLanguage() {
        return company.staffLanguage();
    }

    public CompanyProperties company() {
        return company;
    }

    private DataSubjectRequest request(String reference) {
        return requests.find(reference).orElseThrow(() -> new IllegalStateException("No request " + reference));
    }

    private Map<String, Object> model(DataSubjectRequest request, Map<String, Object> extras) {
        var model = about(request);
        model.putAll(extras);
        return model;
    }
}
