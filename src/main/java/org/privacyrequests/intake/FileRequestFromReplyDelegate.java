package org.privacyrequests.intake;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.company.Languages;
import org.privacyrequests.complaints.PrivacyComplaints;
import org.privacyrequests.instructions.WebshopInstructionIntake;
import org.privacyrequests.references.References;
import org.privacyrequests.requests.DataSubjectRequest;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.privacyrequests.requests.RequestIntake;
import org.privacyrequests.requests.RequestTypes;
import org.privacyrequests.routing.Webshops;
import org.springframework.stereotype.Component;

/**
 * "File a request from the reply": a new request for the rights support ticked, received when the reply was.
 * Who it is for comes from the records, not from variables: the sender of the kept mail, filed as an e-mail, so the
 * normal path confirms identity by link before anything is erased or corrected. A mail from a webshop's privacy
 * contact on file that answers a request we forwarded is that webshop's instruction about the request's consumer:
 * filed as such, carried out on that webshop's data only (see {@code carry-out-webshop-instruction.bpmn}).
 */
@Component("fileRequestFromReply")
class FileRequestFromReplyDelegate implements JavaDelegate {

    private final IncomingMails incomingMails;
    private final RequestIntake requestIntake;
    private final DataSubjectRequestRepository requests;
    private final PrivacyComplaints complaints;
    private final Webshops webshops;
    private final AuditTrail audit;
    private final WebshopInstructionIntake webshopInstructions;

    public FileRequestFromReplyDelegate(IncomingMails incomingMails, RequestIntake requestIntake, DataSubjectRequestRepository requests,
                                        PrivacyComplaints complaints, Webshops webshops, AuditTrail audit,
                                        WebshopInstructionIntake webshopInstructions) {
        this.webshopInstructions = webshopInstructions;
        this.incomingMails = incomingMails;
        this.requestIntake = requestIntake;
        this.requests = requests;
        this.complaints = complaints;
        this.webshops = webshops;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(ReplyHandling.Var.CORRESPONDENCE_ID)).longValue();
        IncomingMails.KeptMail mail = incomingMails.correspondence(id)
                .orElseThrow(() -> new IllegalStateException("The kept mail " + id + " is gone: register the request by hand."));
        RequestTypes rights = RequestTypes.read(execution.getVariable(ReplyHandling.Var.NEW_REQUEST_TYPES)).withoutUnclear();
        Optional<DataSubjectRequest> answered = References.isRequest(mail.reference()) ? requests.find(mail.reference()) : Optional.empty();
        String language = answered.map(DataSubjectRequest::language)
                .or(() -> complaints.find(mail.reference()).map(c -> c.language())).orElse(Languages.DEFAULT);
        var webshop = webshops.byPrivacyContact(mail.fromAddress());
        DataSubjectRequest filed;
        if (webshop.isPresent() && answered.isPresent()) {
            // The webshop (controller) instructs us, its processor, about its consumer: carried out on the data we hold
            // for that webshop only, and answered to the webshop; the consumer hears from the webshop, not from us.
            filed = webshopInstructions.file(webshop.get(), answered.get(), rights, new WebshopInstructionIntake.InstructionMail(
                    mail.fromAddress(), mail.messageId(), mail.body(), mail.receivedAt(), mail.senderAuthenticatedBy()));
        } else {
            filed = requestIntake.fileFromMail(mail.fromAddress(), null, rights.codes(), mail.body(), language, mail.receivedAt(),
                    mail.messageId());
        }
        audit.record(mail.reference(), AuditEvent.of(AuditAction.REQUEST_FILED_FROM_REPLY).with("request", filed.reference()).with("rights", rights)
                .with("receivedAt", mail.receivedAt()));
        audit.record(filed.reference(), AuditEvent.of(AuditAction.FILED_FROM_REPLY).with("case", mail.reference()).with("receivedAt", mail.receivedAt()));
        execution.setVariable(ReplyHandling.Var.NEW_REQUEST, filed.reference());
    }
}
