package org.privacyrequests.requests;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import org.privacyrequests.references.References;
import static org.privacyrequests.requests.RequestProcess.Var;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.privacyrequests.deadlines.Deadlines;
import org.springframework.stereotype.Component;

/**
 * "Register request": makes sure the request has a reference and a record (a request entered in Tasklist
 * or started by a message has none yet), and sets the small facts the process runs on.
 */
@Component("registerRequest")
class RegisterRequestDelegate implements JavaDelegate {

    private final DataSubjectRequestRepository requests;
    private final References references;
    private final RequestIntake intake;
    private final Deadlines deadlines;
    private final PersonalFormInput personalFormInput;
    private final ReceivedAt received;
    private final EarlierRequests earlierRequests;
    private final org.privacyrequests.audit.AuditTrail audit;

    public RegisterRequestDelegate(DataSubjectRequestRepository requests, References references,
                                   RequestIntake intake, Deadlines deadlines, PersonalFormInput personalFormInput, ReceivedAt received,
                                   EarlierRequests earlierRequests, org.privacyrequests.audit.AuditTrail audit) {
        this.earlierRequests = earlierRequests;
        this.audit = audit;
        this.requests = requests;
        this.references = references;
        this.intake = intake;
        this.deadlines = deadlines;
        this.personalFormInput = personalFormInput;
        this.received = received;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        if (reference == null || reference.isBlank()) {
            reference = references.next(References.REQUEST);
            execution.setProcessBusinessKey(reference);
        }
        String key = reference;
        // Filed through the intake, the record was written a moment ago in this transaction: it is handed over, not read back.
        DataSubjectRequest request = intake.beingStarted(key).or(() -> requests.find(key)).orElse(null);
        if (request == null) {
            // Only the Tasklist start form reaches here without a record (the API, the mail intake and the public
            // form record the request before they start it), so the channel is that, whatever a variable says.
            intake.record(reference,
                    (String) execution.getVariable(Var.REQUESTER_EMAIL),
                    (String) execution.getVariable(Var.REQUESTER_NAME),
                    RequestTypes.read(execution.getVariable(Var.REQUEST_TYPES)),
                    (String) execution.getVariable(Var.TEXT),
                    (String) execution.getVariable(Var.LANGUAGE),
                    "tasklist",
                    received.parse(execution.getVariable(Var.RECEIVED_AT)));
            request = requests.find(reference).orElseThrow();
        }
        personalFormInput.forget(execution);
        // The first instance of a request is the one that works it; a second one started with its reference
        // (at some later step, say) is refused here and by every step that touches personal data.
        if (!requests.claimProcessInstance(reference, execution.getProcessInstanceId())) {
            throw new org.privacyrequests.engine.StepRefused("Request " + reference
                    + " is already worked by another process instance; a second one may not start it.");
        }

        RequestTypes types = RequestTypes.read(request.requestTypes());
        // The API, the mail intake and the public form start the process with most of these already as recorded: a
        // variable is written again only where the record says otherwise (each write serialises it and adds history).
        set(execution, Var.REFERENCE, reference);
        set(execution, Var.REQUESTER_EMAIL, request.requesterEmail());
        set(execution, Var.LANGUAGE, request.language());
        // Only as the engine can read it back: JSON of a plain ArrayList (see RequestTypes#codes).
        if (!(execution.getVariableTyped(Var.REQUEST_TYPES) instanceof ObjectValue held
                && Variables.SerializationDataFormats.JSON.getName().equals(held.getSerializationDataFormat())
                && held.getValue() != null && held.getValue().getClass() == java.util.ArrayList.class
                && types.codes().equals(held.getValue()))) {
            execution.setVariable(Var.REQUEST_TYPES, jsonList(types));
        }
        set(execution, Var.TYPES_CLEAR, types.clear());
        set(execution, Var.RECEIVED_AT, Date.from(request.receivedAt()));
        set(execution, Var.DEADLINE, Date.from(request.deadline()));
        set(execution, Var.REMINDER_DATE, Date.from(deadlines.reminderFor(request.deadline())));
        set(execution, Var.IDENTITY_ANSWER_PERIOD, deadlines.identityAnswerPeriod());
        // A repeat is for support to weigh (Art. 12(5)): the earlier requests are shown in its tasks, by reference.
        var earlier = earlierRequests.of(request);
        if (!earlier.isEmpty()) {
            String list = earlier.stream().map(e -> "- " + e).collect(java.util.stream.Collectors.joining("\n"));
            execution.setVariable(Var.EARLIER_REQUESTS, list);
            audit.record(reference, AuditEvent.of(AuditAction.EARLIER_REQUESTS).with("requests",
                    earlier.stream().map(e -> e.reference()).collect(java.util.stream.Collectors.joining(", "))));
        }
    }

    private static void set(DelegateExecution execution, String name, Object value) {
        if (!value.equals(execution.getVariable(name))) {
            execution.setVariable(name, value);
        }
    }

    static Object jsonList(RequestTypes types) {
        return Variables.objectValue(types.codes())
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }
}
