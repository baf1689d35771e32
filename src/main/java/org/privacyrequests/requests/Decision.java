package org.privacyrequests.requests;

/**
 * The decisions that open a step which discloses, changes or erases personal data. Each is recorded by the
 * product's own code at the moment it is taken (a delegate, a task listener, the confirmation link), with who
 * took it and on which basis; the step itself then asks the record, not the process variables.
 */
public enum Decision {
    /** The requester showed control of the address: a link confirmed, a DMARC pass, the public form's link, or staff filed it. */
    SENDER_CONFIRMED,
    /** The requester is the person whose data is looked up: by the address on file, or by support's check. */
    IDENTITY_VERIFIED,
    /** Support reviewed the access overview and approved sending it. */
    ACCESS_ANSWER_APPROVED,
    /** Support approved the correction of the data. */
    CORRECTION_APPROVED,
    /** Support prepared (confirmed) the erasure plan; the plan's digest is kept. */
    ERASURE_PLAN_PREPARED,
    /** A manager other than the preparer approved the erasure plan with this digest. */
    ERASURE_APPROVED,
    /** A manager announced the fee for a further copy (Art. 15(3)): the copy waits until the requester accepts it. */
    FURTHER_COPY_FEE_ANNOUNCED,
    /** The requester accepted the announced fee, as recorded by a manager. */
    FURTHER_COPY_FEE_ACCEPTED,
    /** A manager refused the request as manifestly unfounded or excessive (Art. 12(5)(b)). */
    REFUSED_UNFOUNDED_OR_EXCESSIVE,
    /** Support found a ground for restriction (Art. 18(1)) and granted it. */
    RESTRICTION_GRANTED,
    /** Support found the objection to be one to direct marketing (Art. 21(2)): granted without weighing. */
    OBJECTION_TO_DIRECT_MARKETING
}
