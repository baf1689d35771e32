package org.privacyrequests.requests;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import org.privacyrequests.deadlines.DeadlineProperties;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.requests.DataSubjectRequest;
import org.privacyrequests.requests.DataSubjectRequest.RequestStatus;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.privacyrequests.requests.RequestProcess;
import org.privacyrequests.references.References;
import org.springframework.stereotype.Service;

/**
 * Extends a request's deadline under Art. 12(3): by at most two further months, only before the deadline the
 * company promised has passed, once, and with a reason the requester is told. Anything else is refused with a
 * message that says why.
 */
@Service
public class DeadlineExtension {


    private final DataSubjectRequestRepository requests;
    private final DeadlineProperties properties;
    private final RuntimeService runtimeService;
    private final AuditTrail audit;
    private final Clock clock;
    private final CompanyProperties company;

    public DeadlineExtension(DataSubjectRequestRepository requests, DeadlineProperties properties,
                             RuntimeService runtimeService, AuditTrail audit, Clock clock, CompanyProperties company) {
        this.requests = requests;
        this.properties = properties;
        this.runtimeService = runtimeService;
        this.audit = audit;
        this.clock = clock;
        this.company = company;
    }

    public Instant extend(String reference, int months, String reason) {
        if (!References.isRequest(reference)) {
            throw new ExtensionRefused("There is no request " + reference + ".");
        }
        DataSubjectRequest request = requests.find(reference)
                .orElseThrow(() -> new ExtensionRefused("There is no request " + reference + "."));
        if (request.status() == RequestStatus.CLOSED) {
            throw new ExtensionRefused("Request " + reference + " is closed already.");
        }
        if (request.extensionReason() != null) {
            throw new ExtensionRefused("The deadline of " + reference + " was extended already; it can be extended only once.");
        }
        if (months < 1 || months > properties.maxExtensionMonths()) {
            throw new ExtensionRefused("An extension is 1 to " + properties.maxExtensionMonths() + " months, not " + months + ".");
        }
        if (reason == null || reason.trim().length() < 20) {
            throw new ExtensionRefused("Give the reason for the extension (at least 20 characters): the requester is told.");
        }
        // Only while the period the company promised is running (Art. 12(3) asks for it within one month; the privacy
        // statement promises an answer within four weeks): an extension never follows an overdue request.
        Instant now = clock.instant();
        if (!now.isBefore(request.deadline())) {
            throw new ExtensionRefused("The deadline of " + reference + " can no longer be extended: an extension must be"
                    + " announced before the deadline passes (" + request.deadline().atZone(company.zone()).toLocalDate()
                    + "), as the company promises to answer within that period (Art. 12(3) GDPR).");
        }
        Instant newDeadline = request.deadline().atZone(company.zone()).plusMonths(months).toInstant();
        requests.extendDeadline(reference, newDeadline, reason.trim());
        audit.record(reference, AuditEvent.of(AuditAction.DEADLINE_EXTENDED).with("months", months).with("newDeadline", newDeadline)
                .with("reason", reason.trim()));
        runtimeService.createMessageCorrelation(RequestProcess.MESSAGE_EXTENSION_GRANTED)
                .processInstanceBusinessKey(reference)
                .setVariables(Map.of(RequestProcess.Var.EXTENSION_MONTHS, months,
                        RequestProcess.Var.EXTENSION_REASON, reason.trim()))
                .correlate();
        return newDeadline;
    }

    /** An extension that the rules do not allow; the message says why. */
    public static class ExtensionRefused extends RuntimeException {
        public ExtensionRefused(String message) {
            super(message);
        }
    }
}
