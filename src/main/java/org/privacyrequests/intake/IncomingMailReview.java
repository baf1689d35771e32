package org.privacyrequests.intake;

import java.time.Duration;

/**
 * The names by which Java code and {@code processes/review-incoming-mail.bpmn} meet: a mail the intake
 * could not read waits there for support, with its raw text kept.
 */
final class IncomingMailReview {

    public static final String KEY = "review-incoming-mail";
    public static final String MESSAGE = "IncomingMailNeedsReview";
    /** Support looks at an unreadable mail within three days: it may be a request whose clock already runs. */
    public static final Duration REVIEW_WITHIN = Duration.ofDays(3);

    private IncomingMailReview() {
    }
}
