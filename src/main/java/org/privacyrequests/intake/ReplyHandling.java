package org.privacyrequests.intake;

import java.time.Duration;

/**
 * The names by which Java code and {@code processes/handle-reply.bpmn} meet: a reply to one of our mails that
 * asks something waits there for support, kept with its request or complaint.
 */
final class ReplyHandling {

    public static final String KEY = "handle-reply";
    public static final String MESSAGE = "ReplyNeedsHandling";
    /** Support reads a reply within three days: it may ask a new right, whose clock runs from the mail. */
    public static final Duration HANDLE_WITHIN = Duration.ofDays(3);

    /** Process variables: the case and the kept mail by their ids, never the mail itself. */
    static final class Var {
        static final String REFERENCE = "reference";
        static final String CORRESPONDENCE_ID = "correspondenceId";
        /** Who wrote: {@link #FROM_REQUESTER} or {@link #FROM_WEBSHOP}. */
        static final String REPLY_FROM = "replyFrom";
        static final String DEADLINE = "deadline";
        static final String REPLY_ACTION = "replyAction";
        static final String NEW_REQUEST_TYPES = "newRequestTypes";
        static final String REPLY_NOTE = "replyNote";
        static final String NEW_REQUEST = "newRequest";

        private Var() {
        }
    }

    static final String FROM_REQUESTER = "requester";
    static final String FROM_WEBSHOP = "webshop";

    private ReplyHandling() {
    }
}
