package org.privacyrequests.retention;

/** The names by which Java code and {@code processes/retention-enforcement.bpmn} (and the sweep request) meet. */
final class RetentionProcess {

    /** Process variables: the sweep's id and a few figures; the plan itself is in the sweep's rows. */
    public static final class Var {
        public static final String SWEEP_ID = "sweepId";
        public static final String SWEEP_REFERENCE = "sweepReference";
        public static final String DRY_RUN = "dryRun";
        public static final String ROWS_DUE = "rowsDue";
        public static final String NEEDS_APPROVAL = "needsApproval";
        public static final String PLAN_SUMMARY = "planSummary";
        public static final String SWEEP_APPROVED = "sweepApproved";
        public static final String REJECTION_REASON = "rejectionReason";
        public static final String SWEEP_PROCESS_INSTANCE_ID = "sweepProcessInstanceId";

        private Var() {
        }
    }

    private RetentionProcess() {
    }
}
