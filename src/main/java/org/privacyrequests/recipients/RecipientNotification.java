package org.privacyrequests.recipients;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.company.Languages;
import org.privacyrequests.requests.RequesterMail;
import org.springframework.stereotype.Service;

/** Passes a correction or an erasure on to each recipient of the data concerned (Art. 19). */
@Service
public class RecipientNotification {

    private final DataRecipientsProperties properties;
    private final RequesterMail mail;
    private final AuditTrail audit;

    public RecipientNotification(DataRecipientsProperties properties, RequesterMail mail, AuditTrail audit) {
        this.properties = properties;
        this.mail = mail;
        this.audit = audit;
    }

    /**
     * @param requesterEmail whose data it is, so the recipient can find it
     * @param change  {@code correction} or {@code erasure}
     * @param sources the systems whose data changed
     * @return the names of the recipients informed
     */
    public List<String> inform(String reference, String requesterEmail, String change, Collection<String> sources) {
        var concerned = properties.recipients().stream()
                .filter(r -> r.sources().stream().anyMatch(sources::contains))
                .toList();
        for (var recipient : concerned) {
            mail.sendTo(recipient.email(), recipient.language() == null ? Languages.DEFAULT : recipient.language(), reference,
                    "recipient-notice", Map.of("change", change, "recipientName", recipient.name(), "requesterEmail", requesterEmail,
                            "systems", recipient.sources().stream().filter(sources::contains).toList()));
            audit.record(reference, AuditEvent.of(AuditAction.RECIPIENT_INFORMED).with("recipient", recipient.name()).with("change", change));
        }
        return concerned.stream().map(DataRecipientsProperties.DataRecipient::name).toList();
    }
}
