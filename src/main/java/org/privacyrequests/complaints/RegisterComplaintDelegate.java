package org.privacyrequests.complaints;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.references.References;
import org.privacyrequests.requests.ReceivedAt;
import org.springframework.stereotype.Component;

/**
 * "Register complaint": gives a complaint entered in Tasklist (or started by a message) its reference
 * and record, forgets its text as a process variable, and sets the dates the timers run on.
 */
@Component("registerComplaint")
public class RegisterComplaintDelegate implements JavaDelegate {

    private final PrivacyComplaints complaints;
    private final References references;
    private final ComplaintIntake intake;
    private final ComplaintProperties properties;
    private final ReceivedAt received;

    public RegisterComplaintDelegate(PrivacyComplaints complaints, References references, ComplaintIntake intake,
                                     ComplaintProperties properties, ReceivedAt received) {
        this.complaints = complaints;
        this.references = references;
        this.intake = intake;
        this.properties = properties;
        this.received = received;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        if (reference == null || reference.isBlank()) {
            reference = references.next(References.COMPLAINT);
            execution.setProcessBusinessKey(reference);
        }
        if (!complaints.exists(reference)) {
            String channel = (String) execution.getVariable("channel");
            intake.record(reference, (String) execution.getVariable("complainantEmail"),
                    (String) execution.getVariable("complainantName"), (String) execution.getVariable("text"),
                    (String) execution.getVariable("language"), channel == null ? "tasklist" : channel,
                    received.parse(execution.getVariable("receivedAt")));
        }
        execution.removeVariable("text");
        execution.removeVariable("complainantName");

        PrivacyComplaint complaint = complaints.find(reference).orElseThrow();
        execution.setVariable("complaintReference", reference);
        execution.setVariable("complainantEmail", complaint.complainantEmail());
        execution.setVariable("language", complaint.language());
        execution.setVariable("receivedAt", Date.from(complaint.receivedAt()));
        execution.setVariable("deadline", Date.from(complaint.deadline()));
        execution.setVariable("reminderDate", Date.from(intake.reminderFor(complaint.deadline())));
        execution.setVariable("complaintReplyPeriod", properties.replyWithin().toString());
        execution.setVariable("processorOnly", false);
    }
}
