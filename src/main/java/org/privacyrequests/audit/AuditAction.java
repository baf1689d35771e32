package org.privacyrequests.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of step the audit trail records. Each has a sentence in the staff texts
 * ({@code staff.audit.event.<code>} in {@code web/staff-texts_<language>.properties}) that names its facts as
 * placeholders; a test holds that every kind has one in every language.
 */
public enum AuditAction {
    // A request or complaint arrives, and where it came from.
    REQUEST_RECEIVED, COMPLAINT_RECEIVED, FILED_FROM_CASE, SENDER_AUTHENTICATED, EARLIER_REQUESTS, RIGHTS_CLARIFIED,
    REQUEST_FILED_FROM_REPLY, FILED_FROM_REPLY,
    // Identity.
    IDENTITY_NOT_ON_FILE, IDENTITY_TO_CONFIRM_BY_LINK, IDENTITY_VERIFIED, REQUEST_CONFIRMED, IDENTITY_INFORMATION_RECEIVED,
    // Finding data and answering.
    PERSONAL_DATA_SEARCHED, WEBSHOP_DATA_SEARCHED, ACCESS_OVERVIEW_BUILT, ACCESS_ANSWER_REDACTED,
    ERASURE_PLAN_WORKED_OUT, ERASURE_CARRIED_OUT, CORRECTION_APPLIED, RECIPIENT_INFORMED,
    DIRECT_MARKETING_ENDED, ADDRESS_SUPPRESSED,
    PROCESSING_RESTRICTED, RESTRICTION_LIFT_ASKED, RESTRICTION_KEPT, RESTRICTION_LIFT_DECIDED, RESTRICTION_LIFT_ANNOUNCED,
    RESTRICTION_LIFTED,
    REFUSED_UNDER_ART_12_5, FURTHER_COPY_FEE_ANNOUNCED, FURTHER_COPY_FEE_ACCEPTED,
    // Webshops (processor requests and their instructions).
    FORWARDED_TO_WEBSHOP, WEBSHOP_ANSWERED, FOLLOWED_UP_WITH_WEBSHOP, WEBSHOP_INSTRUCTION_RECEIVED, WEBSHOP_INSTRUCTION_FILED,
    INSTRUCTION_AUTHENTICATED, WEBSHOP_TOLD,
    // Deadlines, mails, tasks.
    SUPPORT_REMINDED, DEADLINE_EXTENDED, DEADLINE_PASSED, MAIL_SENT, MAIL_FROM_REQUESTER_KEPT, THANKS_KEPT, ANSWER_BOUNCED,
    TASK_COMPLETED, STEP_REFUSED, CHANGED_BY_ADMINISTRATOR, REQUEST_CLOSED,
    // Complaints.
    COMPLAINT_FILED_AS_REQUEST, REQUEST_FILED_AS_COMPLAINT, COMPLAINT_FILED_ABOUT_REQUEST, RELATED_REQUEST_ESCALATED,
    COMPLAINT_FORWARDED_TO_WEBSHOP, COMPLAINT_RESOLVED, COMPLAINT_ESCALATED, COMPLAINANT_REPLIED, COMPLAINT_CLOSED,
    // Retention sweeps and legal holds.
    RETENTION_SWEEP_APPROVED, RETENTION_SWEEP_REJECTED, RETENTION_RULE_APPLIED, RETENTION_SWEEP_DONE, LEGAL_HOLD_PLACED,
    LEGAL_HOLD_LIFTED;

    /** How the action is stored and keyed in the texts: {@code request-received}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<AuditAction> ofCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code().equals(code)).findFirst();
    }
}
