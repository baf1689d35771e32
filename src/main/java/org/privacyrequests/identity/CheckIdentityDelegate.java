package org.privacyrequests.identity;

import static org.privacyrequests.requests.RequestProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.lookup.PersonalDataSearch;
import org.springframework.stereotype.Component;

/**
 * "Check identity against addresses on file": a request from an address that is on file for the data
 * subject is verified by that alone (proportionate for this risk); any other goes to "Verify identity".
 */
@Component("checkIdentity")
public class CheckIdentityDelegate implements JavaDelegate {

    private final PersonalDataSearch search;
    private final AuditTrail audit;

    public CheckIdentityDelegate(PersonalDataSearch search, AuditTrail audit) {
        this.search = search;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean onFile = search.addressOnFile((String) execution.getVariable(Var.REQUESTER_EMAIL));
        execution.setVariable(Var.ADDRESS_ON_FILE, onFile);
        audit.record(execution.getProcessBusinessKey(), "Identity checked",
                onFile ? "Verified: the request came from an address on file for the data subject"
                       : "Address not on file: manual verification needed");
    }
}
