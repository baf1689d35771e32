package org.privacyrequests.complaints;

/** The names by which Java code and {@code processes/privacy-complaint.bpmn} meet. */
public final class ComplaintProcess {

    public static final String KEY = "privacy-complaint";
    public static final String MESSAGE_RECEIVED = "ComplaintReceived";
    public static final String MESSAGE_SATISFIED = "ComplainantSatisfied";
    public static final String MESSAGE_DISSATISFIED = "ComplainantDissatisfied";
    /** Sent to the request process when a complaint is about a request that is late. */
    public static final String MESSAGE_REQUEST_ESCALATED = "RequestEscalatedByComplaint";

    /** The categories "Assess complaint" offers, as recorded for the managers' counts. */
    public static final java.util.List<String> CATEGORIES = java.util.Arrays.stream(ComplaintCategory.values()).map(ComplaintCategory::code).toList();
    public static final java.util.Set<String> OUTCOMES = java.util.Set.of("upheld", "partlyUpheld", "notUpheld");

    /** Process variables: references and small facts only, never the complaint's text after registration. */
    public static final class Var {
        public static final String REFERENCE = "complaintReference";
        public static final String COMPLAINANT_EMAIL = "complainantEmail";
        public static final String COMPLAINANT_NAME = "complainantName";
        public static final String TEXT = "text";
        public static final String LANGUAGE = "language";
        public static final String RECEIVED_AT = "receivedAt";
        public static final String CHANNEL = "channel";
        public static final String DEADLINE = "deadline";
        public static final String REMINDER_DATE = "reminderDate";
        public static final String REPLY_PERIOD = "complaintReplyPeriod";
        public static final String CATEGORY = "complaintCategory";
        public static final String RELATED_REQUEST = "relatedRequest";
        public static final String PROCESSOR_ONLY = "processorOnly";
        public static final String WEBSHOP_DOMAIN = "webshopDomain";
        public static final String WEBSHOP_ID = "webshopId";
        public static final String PROPOSED_OUTCOME = "proposedOutcome";
        public static final String ESCALATION_REASON = "escalationReason";
        public static final String REPLY_NOTE = "replyNote";
        public static final String SATISFIED = "satisfied";
        /** Support found in "Assess complaint" that the complaint asks for rights: it is filed as a request. */
        public static final String IS_REQUEST = "complaintIsRequest";
        public static final String REQUESTED_RIGHTS = "requestedRights";
        public static final String FILED_AS_REQUEST = "filedAsRequest";

        private Var() {
        }
    }

    /** Input parameters a BPMN task hands its delegate (local variables of that task). */
    public static final class Input {
        public static final String MAIL_TEMPLATE = "mailTemplate";
        public static final String OUTCOME = "outcome";
        public static final String OUTCOME_FROM = "outcomeFrom";
        public static final String REASON = "reason";

        private Input() {
        }
    }

    private ComplaintProcess() {
    }
}
