package org.privacyrequests.requests;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.requests.RequesterMail;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.springframework.stereotype.Component;

/** "Mark request overdue": the record shows it, and the managers get an alert. */
@Component("markRequestOverdue")
class MarkRequestOverdueDelegate implements JavaDelegate {

    private final DataSubjectRequestRepository requests;
    private final RequesterMail mail;
    private final AuditTrail audit;

    public MarkRequestOverdueDelegate(DataSubjectRequestRepository requests, RequesterMail mail, AuditTrail audit) {
        this.requests = requests;
        this.mail = mail;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        requests.markOverdue(reference);
        audit.record(reference, AuditEvent.of(AuditAction.DEADLINE_PASSED));
        mail.sendTo(mail.company().managersEmail(), mail.staffLanguage(), reference, "overdue-alert", Map.of("reference", reference));
    }
}
