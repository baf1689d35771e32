package org.privacyrequests.access;

import org.privacyrequests.requests.RequestProcess;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.requests.Basis;
import org.privacyrequests.requests.Decision;
import org.privacyrequests.requests.RequestDecisions;
import org.springframework.stereotype.Component;

/** When "Review access answer" is completed with "yes": records who approved sending it; "Send access answer" asks for it. */
@Component("recordAccessApproval")
class RecordAccessApproval implements TaskListener {

    private final RequestDecisions decisions;
    private final AuditTrail audit;

    public RecordAccessApproval(RequestDecisions decisions, AuditTrail audit) {
        this.decisions = decisions;
        this.audit = audit;
    }

    @Override
    public void notify(DelegateTask task) {
        if ("yes".equals(task.getVariable(RequestProcess.Var.ACCESS_ANSWER_APPROVED))) {
            decisions.record(task.getExecution().getProcessBusinessKey(), Decision.ACCESS_ANSWER_APPROVED, Basis.REVIEW, audit.currentActor());
        }
    }
}
