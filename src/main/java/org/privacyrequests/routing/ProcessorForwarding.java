package org.privacyrequests.routing;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.util.List;
import java.util.Map;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.requests.RequesterMail;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.springframework.stereotype.Service;

/**
 * Where the company is only the processor (Art. 28), the webshop decides: the request is forwarded to
 * each webshop's privacy contact, and the requester learns which webshops to address.
 */
@Service
class ProcessorForwarding {

    private final Webshops webshops;
    private final RequesterMail mail;
    private final DataSubjectRequestRepository requests;
    private final AuditTrail audit;

    private final org.privacyrequests.lookup.FoundRecords foundRecords;

    private final org.privacyrequests.restriction.ProcessingRestrictions restrictions;
    private final org.privacyrequests.notifications.MailModel mailModel;
    private final ForwardedRequestFollowUp followUp;

    public ProcessorForwarding(Webshops webshops, RequesterMail mail, DataSubjectRequestRepository requests, AuditTrail audit,
                               org.privacyrequests.lookup.FoundRecords foundRecords,
                               org.privacyrequests.restriction.ProcessingRestrictions restrictions,
                               org.privacyrequests.notifications.MailModel mailModel, ForwardedRequestFollowUp followUp) {
        this.followUp = followUp;
        this.restrictions = restrictions;
        this.mailModel = mailModel;
        this.foundRecords = foundRecords;
        this.webshops = webshops;
        this.mail = mail;
        this.requests = requests;
        this.audit = audit;
    }

    /** The webshops on whose behalf the search found data about this request's person (processor data). */
    public java.util.Set<Long> webshopsFound(String reference) {
        return foundRecords.of(reference).stream().filter(r -> r.role() == org.privacyrequests.lookup.ProcessingRole.PROCESSOR)
                .map(org.privacyrequests.lookup.PersonalRecord::webshopId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    public void forwardTo(String reference, long webshopId) {
        Webshop webshop = webshops.get(webshopId);
        var request = requests.find(reference).orElseThrow();
        var extras = new java.util.HashMap<String, Object>();
        extras.put("webshop", Map.of("name", webshop.name()));
        extras.put("requesterEmail", request.requesterEmail());
        if (request.requesterName() != null) {
            extras.put("requesterName", request.requesterName());
        }
        if (request.requestText() != null) {
            extras.put("requestText", request.requestText());
        }
        // Asked from the records: a restriction on the person's data with us goes with the request, so the webshop
        // knows we only store it (Art. 18) until the restriction is lifted.
        restrictions.inForce(request.requesterEmail()).stream().findFirst()
                .ifPresent(r -> extras.put("restrictedSince", mailModel.date(r.placedAt(), webshop.language())));
        mail.sendTo(webshop.privacyContactEmail(), webshop.language(), reference, "forward-to-webshop", extras);
        audit.record(reference, AuditEvent.of(AuditAction.FORWARDED_TO_WEBSHOP).with("webshop", webshop.name()));
        followUp.start(reference, webshop);
    }

    public void tellRequester(String reference, List<? extends Number> webshopIds) {
        var shops = webshops.all(webshopIds).stream()
                .map(w -> Map.of("name", w.name(), "domain", w.domain(), "privacyContactEmail", w.privacyContactEmail()))
                .toList();
        mail.send(reference, "processor-webshops", Map.of("webshops", shops));
        requests.addOutcome(reference, org.privacyrequests.requests.RequestOutcome.FORWARDED_TO_WEBSHOPS,
                "forwarded to " + shops.size() + " webshop(s) as processor");
    }
}
