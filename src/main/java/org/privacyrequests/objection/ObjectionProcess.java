package org.privacyrequests.objection;

/** The names by which Java code and {@code processes/data-subject-request.bpmn} meet for an objection. */
final class ObjectionProcess {

    static final String OBJECTION_KIND = "objectionKind";
    static final String DIRECT_MARKETING = "directMarketing";
    static final String OBJECTION_DECISION = "objectionDecision";
    static final String OBJECTION_REASONS = "objectionReasons";
    static final String MARKETING_ENDED_IN = "marketingEndedIn";

    private ObjectionProcess() {
    }
}
