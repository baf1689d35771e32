package org.privacyrequests.routing;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.time.Clock;
import java.time.Period;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.privacyrequests.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A request forwarded to a webshop stays in sight until the webshop answers: one small process per webshop
 * ({@code processes/follow-up-forwarded-request.bpmn}) waits for the webshop's mail, and when none comes within the
 * period, support gets "Follow up with the webshop". So the company can show what it forwarded, to whom and when,
 * and what became of it. The request itself is answered (the requester was told which webshop decides) and closes.
 * Public: the process model's expressions call it, and the engine's expression language reaches public classes only.
 */
@Component("forwardedRequestFollowUp")
public class ForwardedRequestFollowUp {

    public static final String KEY = "follow-up-forwarded-request";
    public static final String MESSAGE_WEBSHOP_ANSWERED = "WebshopAnsweredForwardedRequest";

    private final RuntimeService runtimeService;
    private final Webshops webshops;
    private final AuditTrail audit;
    private final Clock clock;
    private final Period answerWithin;
    private final org.privacyrequests.notifications.MailDelivery mails;
    private final org.privacyrequests.company.CompanyProperties company;

    public ForwardedRequestFollowUp(RuntimeService runtimeService, Webshops webshops, AuditTrail audit, Clock clock,
                                    @Value("${privacy.forwarding.webshop-answer-within:P14D}") Period answerWithin,
                                    org.privacyrequests.notifications.MailDelivery mails, org.privacyrequests.company.CompanyProperties company) {
        this.mails = mails;
        this.company = company;
        this.runtimeService = runtimeService;
        this.webshops = webshops;
        this.audit = audit;
        this.clock = clock;
        this.answerWithin = answerWithin;
    }

    static String businessKey(String reference, long webshopId) {
        return reference + WEBSHOP_SUFFIX + webshopId;
    }

    /** The forwarded request's reference, from a follow-up's business key. */
    static String referenceOf(String businessKey) {
        int at = businessKey.indexOf(WEBSHOP_SUFFIX);
        return at < 0 ? businessKey : businessKey.substring(0, at);
    }

    private static final String WEBSHOP_SUFFIX = "-webshop-";

    /** Starts waiting for the webshop's answer to the request just forwarded to it. */
    void start(String reference, Webshop webshop) {
        runtimeService.startProcessInstanceByKey(KEY, businessKey(reference, webshop.id()), Map.of(
                "reference", reference,
                "webshopName", webshop.name(),
                "forwardedAt", Date.from(clock.instant()),
                "deadline", Date.from(clock.instant().atZone(company.zone()).plus(answerWithin).toInstant())));
    }

    /**
     * Whether we forwarded this request to this webshop, as our log of sent mails says: only then may a mail from its
     * privacy contact about the request be its answer or its instruction (another webshop has no say in it).
     */
    public boolean forwardedTo(String reference, Webshop webshop) {
        return mails.sentAbout(reference).stream().anyMatch(m -> "forward-to-webshop".equals(m.template())
                && m.recipient().equalsIgnoreCase(webshop.privacyContactEmail()));
    }

    /** The webshop answered the forwarded request (its mail is kept with the request): it is no longer waited for. */
    public void webshopAnswered(String reference, long webshopId) {
        var waiting = runtimeService.createExecutionQuery().messageEventSubscriptionName(MESSAGE_WEBSHOP_ANSWERED)
                .processInstanceBusinessKey(businessKey(reference, webshopId)).list();
        if (waiting.isEmpty()) {
            return;
        }
        runtimeService.createMessageCorrelation(MESSAGE_WEBSHOP_ANSWERED).processInstanceBusinessKey(businessKey(reference, webshopId))
                .correlateAll();
        audit.record(reference, AuditEvent.of(AuditAction.WEBSHOP_ANSWERED).with("webshop", webshops.get(webshopId).name()));
    }

    /** How long a webshop has to answer before support follows up, as the timer's ISO period. */
    public String answerWithin() {
        return answerWithin.toString();
    }
}
