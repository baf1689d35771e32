package org.privacyrequests.restriction;

/** The names by which Java code and the BPMN models meet for restriction (the request's steps, and {@code processes/lift-restriction.bpmn}). */
final class RestrictionProcess {

    static final String LIFT_KEY = "lift-restriction";

    static final class Var {
        static final String RESTRICTION_DECISION = "restrictionDecision";
        static final String DECISION_DETAILS = "decisionDetails";
        static final String RESTRICTION_ID = "restrictionId";
        static final String LIFT_ASKED_REASON = "liftAskedReason";
        static final String LIFT_DECISION = "liftDecision";
        static final String LIFT_REASON = "liftReason";
        static final String LIFTABLE_FROM = "liftableFrom";
        static final String REQUESTER_EMAIL = "requesterEmail";
        static final String REFERENCE = "reference";

        private Var() {
        }
    }

    private RestrictionProcess() {
    }
}
