package org.privacyrequests.complaints;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.util.Locale;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.references.References;
import org.springframework.stereotype.Service;

/**
 * A complainant's answer to our response: not satisfied escalates the complaint to managers, satisfied
 * closes it. The e-mail intake passes on replies by mail; support records one that came by phone.
 * A written reply to our answer counts as not satisfied unless it clearly says otherwise: a complainant who
 * takes the trouble to write back has usually not been helped, and a wrong "satisfied" closes the complaint.
 */
@Service
public class ComplainantReply {

    /** Says the complainant agrees or is helped: thanks, agreed, resolved (nl, en, de). */
    private static final Pattern SATISFIED = Pattern.compile(
            "\\b(akkoord|eens|opgelost|tevreden|bedankt|dank je( wel)?|dank u( wel)?|dankjewel|prima|agreed|i agree|resolved|solved|satisfied"
                    + "|thanks|thank you|fine|einverstanden|gel(ö|oe)st|erledigt|zufrieden|danke|vielen dank)\\b");
    /** Takes "satisfied" back, or says more than that: a negation, a question, a "but". */
    private static final Pattern BUT_NOT = Pattern.compile(
            "\\?|n't\\b|\\b(niet|geen|nooit|oneens|onvoldoende|ontevreden|maar|echter|not|no|never|insufficient|unsatisfied|dissatisfied"
                    + "|disagree|but|however|nicht|kein\\w*|nie|unzufrieden|ungen(ü|ue)gend|aber|jedoch)\\b");
    /** Longer than a few lines is more than an agreement: someone who explains is not done. */
    private static final int AGREEMENT_AT_MOST = 300;

    private final RuntimeService runtimeService;
    private final AuditTrail audit;

    public ComplainantReply(RuntimeService runtimeService, AuditTrail audit) {
        this.runtimeService = runtimeService;
        this.audit = audit;
    }

    public void record(String complaintReference, boolean satisfied, String note) {
        record(complaintReference, satisfied, note, null);
    }

    /** @param mail the Message-ID of the complainant's mail the intake read the reply from, or null (recorded by staff) */
    public void record(String complaintReference, boolean satisfied, String note, String mail) {
        if (!References.isComplaint(complaintReference)) {
            throw new IllegalArgumentException("There is no open complaint " + complaintReference + ".");
        }
        String message = satisfied ? ComplaintProcess.MESSAGE_SATISFIED : ComplaintProcess.MESSAGE_DISSATISFIED;
        boolean waiting = runtimeService.createEventSubscriptionQuery().eventType("message").eventName(message)
                .processInstanceId(instanceId(complaintReference)).count() > 0;
        if (!waiting) {
            throw new IllegalArgumentException("Complaint " + complaintReference
                    + " is not waiting for the complainant's reply (not answered yet, or already closed).");
        }
        audit.record(complaintReference, AuditEvent.of(AuditAction.COMPLAINANT_REPLIED).with("satisfied", satisfied)
                .with("note", note == null || note.isBlank() ? null : note.trim()).with("mail", mail));
        runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(complaintReference).correlate();
    }

    /**
     * Whether a written reply to our answer clearly says the complainant is satisfied ("akkoord", "agreed",
     * "einverstanden", "opgelost", thanks); everything else, unclear included, reads as not satisfied.
     *
     * @param ownWords what the complainant wrote, without the quoted earlier mail
     */
    public static boolean readsAsSatisfied(String ownWords) {
        String words = ownWords == null ? "" : ownWords.toLowerCase(Locale.ROOT).trim();
        return !words.isEmpty() && words.length() <= AGREEMENT_AT_MOST && SATISFIED.matcher(words).find() && !BUT_NOT.matcher(words).find();
    }

    private String instanceId(String reference) {
        var instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.KEY)
                .processInstanceBusinessKey(reference).singleResult();
        if (instance == null) {
            throw new IllegalArgumentException("There is no open complaint " + reference + ".");
        }
        return instance.getId();
    }
}
