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

    private ComplaintProcess() {
    }
}
