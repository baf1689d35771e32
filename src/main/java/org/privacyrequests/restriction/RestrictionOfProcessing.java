package org.privacyrequests.restriction;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.util.List;
import java.util.Map;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.lookup.PersonalDataSearch;
import org.privacyrequests.lookup.PersonalDataSource;
import org.privacyrequests.lookup.ProcessingRole;
import org.privacyrequests.recipients.RecipientNotification;
import org.privacyrequests.requests.RequesterMail;
import org.springframework.stereotype.Service;

/**
 * Restriction of processing (Art. 18) as a state with effect: placing it marks the person's data in the product's
 * records and tells the recipients of that data (Art. 19); lifting it, once a manager decided and the person was told
 * (Art. 18(3)), ends the mark and tells the recipients again.
 */
@Service
public class RestrictionOfProcessing {

    private final ProcessingRestrictions restrictions;
    private final PersonalDataSearch search;
    private final RecipientNotification recipients;
    private final RequesterMail mail;
    private final AuditTrail audit;
    private final org.privacyrequests.notifications.MailModel mailModel;
    private final org.privacyrequests.requests.DataSubjectRequestRepository requests;

    public RestrictionOfProcessing(ProcessingRestrictions restrictions, PersonalDataSearch search, RecipientNotification recipients,
                                   RequesterMail mail, AuditTrail audit, org.privacyrequests.notifications.MailModel mailModel,
                                   org.privacyrequests.requests.DataSubjectRequestRepository requests) {
        this.mailModel = mailModel;
        this.requests = requests;
        this.restrictions = restrictions;
        this.search = search;
        this.recipients = recipients;
        this.mail = mail;
        this.audit = audit;
    }

    /** @return the recipients told */
    public List<String> restrict(String requestReference, String email, String grounds, String grantedBy) {
        var restriction = restrictions.place(requestReference, email, grounds, grantedBy);
        String reference = ProcessingRestrictions.reference(restriction.id());
        audit.record(requestReference, AuditEvent.of(AuditAction.PROCESSING_RESTRICTED).with("restriction", reference).with("grounds", grounds));
        audit.recordBy(reference, grantedBy, AuditEvent.of(AuditAction.PROCESSING_RESTRICTED).with("request", requestReference).with("grounds", grounds));
        return recipients.inform(requestReference, email, "restriction", systemsHolding(email));
    }

    /** Tells the person, before it happens, that the restriction will be lifted, why and from when (Art. 18(3)). */
    public void tellRequesterOfLifting(long id) {
        var restriction = restrictions.find(id).orElseThrow(() -> new IllegalStateException("There is no restriction " + id));
        restrictions.recordLiftNoticeSent(id);
        var lifting = restrictions.lifting(id).orElseThrow();
        String language = requests.find(restriction.reference()).orElseThrow().language();
        mail.send(restriction.reference(), "restriction-lift-notice", Map.of(
                "reason", restriction.liftReason() == null ? "" : restriction.liftReason(),
                "liftOn", mailModel.date(lifting.liftableFrom(), language),
                "restrictedOn", mailModel.date(restriction.placedAt(), language)));
        audit.record(ProcessingRestrictions.reference(id), AuditEvent.of(AuditAction.RESTRICTION_LIFT_ANNOUNCED).with("liftableFrom", lifting.liftableFrom()));
        audit.record(restriction.reference(), AuditEvent.of(AuditAction.RESTRICTION_LIFT_ANNOUNCED).with("restriction", ProcessingRestrictions.reference(id)));
    }

    /** Ends the restriction and tells the recipients. Asked only after the checks of the lifting step. @return the recipients told */
    public List<String> lift(long id) {
        var restriction = restrictions.find(id).orElseThrow(() -> new IllegalStateException("There is no restriction " + id));
        if (!restrictions.lift(id)) {
            return List.of();
        }
        String reference = ProcessingRestrictions.reference(id);
        audit.record(reference, AuditEvent.of(AuditAction.RESTRICTION_LIFTED).with("decidedBy", restriction.liftDecidedBy()).with("reason", restriction.liftReason()));
        audit.record(restriction.reference(), AuditEvent.of(AuditAction.RESTRICTION_LIFTED).with("restriction", reference));
        return recipients.inform(restriction.reference(), restriction.email(), "restriction-lifted", systemsHolding(restriction.email()));
    }

    /** The company's own systems (controller) that hold data of this address now. */
    private List<String> systemsHolding(String email) {
        return search.sources().stream()
                .filter(s -> s.findByEmail(email).stream().anyMatch(r -> r.role() == ProcessingRole.CONTROLLER))
                .map(PersonalDataSource::name)
                .toList();
    }
}
