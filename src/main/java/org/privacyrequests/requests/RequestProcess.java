package org.privacyrequests.requests;

/** The names by which Java code and the BPMN model {@code processes/data-subject-request.bpmn} meet. */
public final class RequestProcess {

    public static final String KEY = "data-subject-request";
    public static final String MESSAGE_RECEIVED = "DataSubjectRequestReceived";
    public static final String MESSAGE_IDENTITY_INFORMATION = "IdentityInformationReceived";
    public static final String MESSAGE_EXTENSION_GRANTED = "DeadlineExtensionGranted";
    public static final String MESSAGE_ANSWER_BOUNCED = "AnswerBounced";
    public static final String MESSAGE_CONFIRMED_BY_LINK = "RequestConfirmedByLink";

    /** Process variables: references and small facts only, never the request text or found data. */
    public static final class Var {
        public static final String REFERENCE = "reference";
        public static final String REQUESTER_EMAIL = "requesterEmail";
        public static final String REQUESTER_NAME = "requesterName";
        public static final String TEXT = "text";
        public static final String REQUEST_TYPES = "requestTypes";
        public static final String TYPES_CLEAR = "typesClear";
        public static final String LANGUAGE = "language";
        public static final String RECEIVED_AT = "receivedAt";
        public static final String CHANNEL = "channel";
        public static final String DEADLINE = "deadline";
        public static final String REMINDER_DATE = "reminderDate";
        public static final String IDENTITY_ANSWER_PERIOD = "identityAnswerPeriod";
        public static final String ADDRESS_ON_FILE = "addressOnFile";
        public static final String CONTROLLER_DATA_FOUND = "controllerDataFound";
        public static final String PROCESSOR_DATA_FOUND = "processorDataFound";
        public static final String PROCESSOR_WEBSHOPS = "processorWebshops";
        public static final String REFUSAL_REASON = "refusalReason";
        public static final String ERASURE_PLAN_SUMMARY = "erasurePlanSummary";
        public static final String ERASURE_PREPARED_BY = "erasurePreparedBy";
        public static final String EXTENSION_MONTHS = "extensionMonths";
        public static final String EXTENSION_REASON = "extensionReason";

        private Var() {
        }
    }

    private RequestProcess() {
    }
}
