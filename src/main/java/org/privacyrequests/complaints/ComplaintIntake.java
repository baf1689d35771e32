package org.privacyrequests.complaints;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.company.Languages;
import org.privacyrequests.references.References;
import org.privacyrequests.requests.ReceivedAt;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a privacy complaint: gives it a reference, keeps its text in the complaint record and starts the
 * complaint process with references and small facts only.
 */
@Service
public class ComplaintIntake {


    private final References references;
    private final PrivacyComplaints complaints;
    private final ComplaintProperties properties;
    private final RuntimeService runtimeService;
    private final AuditTrail audit;
    private final ReceivedAt received;
    private final CompanyProperties company;

    public ComplaintIntake(References references, PrivacyComplaints complaints, ComplaintProperties properties,
                           RuntimeService runtimeService, AuditTrail audit, ReceivedAt received, CompanyProperties company) {
        this.references = references;
        this.complaints = complaints;
        this.properties = properties;
        this.runtimeService = runtimeService;
        this.audit = audit;
        this.received = received;
        this.company = company;
    }

    @Transactional
    public PrivacyComplaint file(NewComplaint input, String channel) {
        return start(record(references.next(References.COMPLAINT), input.complainantEmail(),
                input.complainantName(), input.text(), input.language(), channel, received.parse(input.receivedAt())));
    }

    /** Files a complaint that arrived as an e-mail; answers will refer to that mail. */
    @Transactional
    public PrivacyComplaint fileFromMail(String email, String name, String text, String language, Instant receivedAt,
                                         String messageId) {
        PrivacyComplaint complaint = record(references.next(References.COMPLAINT), email, name, text, language, "email", receivedAt);
        complaints.recordSourceMessage(complaint.reference(), messageId);
        return start(complaint);
    }

    /**
     * Files a complaint that support recognised in a request: the same sender, text and language, received
     * when the request was, so the complaint's deadline runs from then.
     *
     * @param sourceMessageId the mail the request started with, or null; answers will refer to it
     * @param fromCase        the reference of the request, for the audit trail
     */
    @Transactional
    public PrivacyComplaint fileFromCase(String email, String name, String text, String language, Instant receivedAt, String channel,
                                         String sourceMessageId, String fromCase) {
        PrivacyComplaint complaint = record(references.next(References.COMPLAINT), email, name, text, language,
                channel == null ? "email" : channel, receivedAt);
        if (sourceMessageId != null) {
            complaints.recordSourceMessage(complaint.reference(), sourceMessageId);
        }
        audit.record(complaint.reference(), AuditEvent.of(AuditAction.FILED_FROM_CASE).with("case", fromCase).with("receivedAt", receivedAt));
        return start(complaint);
    }

    private PrivacyComplaint start(PrivacyComplaint complaint) {
        runtimeService.createMessageCorrelation(ComplaintProcess.MESSAGE_RECEIVED)
                .processInstanceBusinessKey(complaint.reference())
                .setVariables(Map.of("complainantEmail", complaint.complainantEmail(), "language", complaint.language(),
                        "receivedAt", Date.from(complaint.receivedAt()), "channel", complaint.channel()))
                .correlateStartMessage();
        return complaints.find(complaint.reference()).orElseThrow();
    }

    public PrivacyComplaint record(String reference, String email, String name, String text, String language, String channel,
                                   Instant receivedAt) {
        PrivacyComplaint complaint = new PrivacyComplaint(reference, email.trim(), blankToNull(name), blankToNull(text),
                language == null || language.isBlank() ? Languages.DEFAULT : language, channel, receivedAt, deadlineFor(receivedAt),
                null, null, PrivacyComplaint.Status.OPEN, null, null);
        complaints.insert(complaint);
        audit.record(reference, AuditEvent.of(AuditAction.COMPLAINT_RECEIVED).with("channel", channel).with("deadline", complaint.deadline()));
        return complaint;
    }

    public Instant deadlineFor(Instant receivedAt) {
        return receivedAt.atZone(company.zone()).plus(properties.answerWithin()).toInstant();
    }

    public Instant reminderFor(Instant deadline) {
        return deadline.atZone(company.zone()).minus(properties.remindBefore()).toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
