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
class RegisterComplaintDelegate implements JavaDelegate {

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
            String channel = (String) execution.getVariable(ComplaintProcess.Var.CHANNEL);
            intake.record(reference, (String) execution.getVariable(ComplaintProcess.Var.COMPLAINANT_EMAIL),
                    (String) execution.getVariable(ComplaintProcess.Var.COMPLAINANT_NAME), (String) execution.getVariable(ComplaintProcess.Var.TEXT),
                    (String) execution.getVariable(ComplaintProcess.Var.LANGUAGE), channel == null ? "tasklist" : channel,
                    received.parse(execution.getVariable(ComplaintProcess.Var.RECEIVED_AT)));
        }
        execution.removeVariable(ComplaintProcess.Var.TEXT);
        execution.removeVariable(ComplaintProcess.Var.COMPLAINANT_NAME);

        PrivacyComplaint complaint = complaints.find(reference).orElseThrow();
        execution.setVariable(ComplaintProcess.Var.REFERENCE, reference);
        execution.setVariable(ComplaintProcess.Var.COMPLAINANT_EMAIL, complaint.complainantEmail());
        execution.setVariable(ComplaintProcess.Var.LANGUAGE, complaint.language());
        execution.setVariable(ComplaintProcess.Var.RECEIVED_AT, Date.from(complaint.receivedAt()));
        execution.setVariable(ComplaintProcess.Var.DEADLINE, Date.from(complaint.deadline()));
        execution.setVariable(ComplaintProcess.Var.REMINDER_DATE, Date.from(intake.reminderFor(complaint.deadline())));
        execution.setVariable(ComplaintProcess.Var.REPLY_PERIOD, properties.replyWithin().toString());
        execution.setVariable(ComplaintProcess.Var.PROCESSOR_ONLY, false);
    }
}
