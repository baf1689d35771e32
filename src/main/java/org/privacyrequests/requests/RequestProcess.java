package org.privacyrequests.requests;

/** The names by which Java code and the BPMN model {@code processes/data-subject-request.bpmn} meet. */
public final class RequestProcess {

    public static final String KEY = "data-subject-request";
    public static final String MESSAGE_RECEIVED = "DataSubjectRequestReceived";
    public static final String MESSAGE_IDENTITY_INFORMATION = "IdentityInformationReceived";
    public static final String MESSAGE_EXTENSION_GRANTED = "DeadlineExtensionGranted";
    public static final String MESSAGE_ANSWER_BOUNCED = "AnswerBounced";
    public static final String MESSAGE_CONFIRMED_BY_LINK = "RequestConfirmedByLink";
    /** A manager refused the request as manifestly unfounded or excessive (Art. 12(5)): it ends with the reasons. */
    public static final String MESSAGE_REFUSED_UNDER_ART_12_5 = "RequestRefusedUnderArt12_5";
    public static final String MESSAGE_FURTHER_COPY_FEE_ACCEPTED = "FurtherCopyFeeAccepted";

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
        public static final String CONTROLLER_DATA_FOUND = "controllerDataFound";
        public static final String PROCESSOR_DATA_FOUND = "processorDataFound";
        public static final String PROCESSOR_WEBSHOPS = "processorWebshops";
        public static final String REFUSAL_REASON = "refusalReason";
        /** The requester's earlier requests within the repeat period, by reference, for support to read (no personal data). */
        public static final String EARLIER_REQUESTS = "earlierRequests";
        /** The fields of "Refuse a request or charge for a copy (Art. 12(5))". */
        public static final String ART_12_5_DECISION = "art12_5Decision";
        public static final String ART_12_5_REASONS = "art12_5Reasons";
        public static final String ERASURE_PLAN_SUMMARY = "erasurePlanSummary";
        public static final String ERASURE_PREPARED_BY = "erasurePreparedBy";
        public static final String EXTENSION_MONTHS = "extensionMonths";
        public static final String EXTENSION_REASON = "extensionReason";
        public static final String IDENTITY_CHECK = "identityCheck";
        public static final String IDENTITY_DECISION = "identityDecision";
        public static final String INFORMATION_NEEDED = "informationNeeded";
        public static final String CONFIRMATION_REMINDER_AFTER = "confirmationReminderAfter";
        public static final String CONFIRMATION_LINK_VALID_FOR = "confirmationLinkValidFor";
        public static final String ACCESS_ANSWER_APPROVED = "accessAnswerApproved";
        public static final String CORRECTION_DECISION = "correctionDecision";
        public static final String CORRECTED_FIELDS = "correctedFields";
        public static final String RECIPIENTS_INFORMED = "recipientsInformed";
        public static final String ERASURE_APPROVED = "erasureApproved";
        public static final String ERASURE_PREPARED_BY_NAME = "erasurePreparedByName";
        public static final String WEBSHOP_ID = "webshopId";
        public static final String DECISION_DETAILS = "decisionDetails";

        private Var() {
        }
    }

    /** Input parameters a BPMN task hands its delegate (local variables of that task). */
    public static final class Input {
        public static final String MAIL_TEMPLATE = "mailTemplate";
        public static final String MAIL_RIGHT = "mailRight";
        public static final String OUTCOME = "outcome";
        public static final String CLOSED_BECAUSE = "closedBecause";
        public static final String REMINDER = "reminder";

        private Input() {
        }
    }

    private RequestProcess() {
    }
}
