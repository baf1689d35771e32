package org.privacyrequests.requests;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What became of a request, for the rights it answers: stored as a row per right (see {@code request_outcome}),
 * counted by the SLA overview, and shown to people by its label. An outcome without rights answers the whole
 * request (nothing held, refused, closed without identity, forwarded to the webshops, filed as a complaint).
 */
public enum RequestOutcome {
    ACCESS_ANSWERED("access answered", RequestType.ACCESS, RequestType.PORTABILITY),
    RECTIFIED("rectified", RequestType.RECTIFICATION),
    RECTIFICATION_REFUSED("rectification refused", RequestType.RECTIFICATION),
    ERASED("erased", RequestType.ERASURE),
    PARTIALLY_ERASED("partially erased (legal holds)", RequestType.ERASURE),
    ERASURE_REFUSED("erasure refused", RequestType.ERASURE),
    /** Before restriction and objection were answered each on their own; kept for the records of that time. */
    RESTRICTION_OBJECTION_GRANTED("restriction/objection granted", RequestType.RESTRICTION, RequestType.OBJECTION),
    RESTRICTION_OBJECTION_REFUSED("restriction/objection refused", RequestType.RESTRICTION, RequestType.OBJECTION),
    RESTRICTED("processing restricted", RequestType.RESTRICTION),
    RESTRICTION_REFUSED("restriction refused", RequestType.RESTRICTION),
    OBJECTION_GRANTED("objection granted", RequestType.OBJECTION),
    OBJECTION_REFUSED("objection refused", RequestType.OBJECTION),
    FORWARDED_TO_WEBSHOPS("forwarded to the webshop(s) as processor"),
    NO_DATA_HELD("no personal data held"),
    REFUSED("refused"),
    FURTHER_COPY_NOT_ACCEPTED("further copy not made: fee not accepted", RequestType.ACCESS, RequestType.PORTABILITY),
    CLOSED_IDENTITY_NOT_CONFIRMED("closed: identity not confirmed"),
    CLOSED_NOT_CONFIRMED("closed: request not confirmed"),
    /** A webshop's instruction that neither our mail server nor the webshop, asked by support, confirmed: nothing changed. */
    INSTRUCTION_NOT_CONFIRMED("closed: webshop's instruction not confirmed"),
    FILED_AS_COMPLAINT("filed as a complaint");

    private final String label;
    private final Set<RequestType> rights;

    RequestOutcome(String label, RequestType... rights) {
        this.label = label;
        this.rights = Set.of(rights);
    }

    /** How people read it, in the request's outcome text and on the SLA overview. */
    public String label() {
        return label;
    }

    /** The rights this outcome answers; empty when it answers the whole request. */
    public Set<RequestType> rights() {
        return rights;
    }

    /** The outcome a BPMN task names by its code (input parameter {@code outcome}). */
    public static Optional<RequestOutcome> fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o.name().equals(code)).findFirst();
    }
}
