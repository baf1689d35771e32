package org.privacyrequests.erasure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.requests.RequestProcess;
import org.privacyrequests.requests.Basis;
import org.privacyrequests.requests.Decision;
import org.privacyrequests.requests.RecordedDecision;
import org.privacyrequests.requests.RequestDecisions;
import org.privacyrequests.security.StaffRoles;
import org.springframework.stereotype.Component;

/**
 * Four eyes on every erasure: "Prepare erasure plan" records who prepared which plan, and "Approve erasure" can
 * be completed only by a manager who is someone else; an approval is recorded with the plan it approved. Both
 * live in the request's records (not in variables), where "Erase and anonymise" checks them again. A refusal
 * reaches Tasklist as a clear error; nothing is changed.
 */
@Component("fourEyesRule")
class FourEyesRule implements TaskListener {

    private final AuditTrail audit;
    private final RequestDecisions decisions;
    private final ErasurePlans plans;

    public FourEyesRule(AuditTrail audit, RequestDecisions decisions, ErasurePlans plans) {
        this.audit = audit;
        this.decisions = decisions;
        this.plans = plans;
    }

    @Override
    public void notify(DelegateTask task) {
        String user = audit.currentActor();
        String reference = task.getExecution().getProcessBusinessKey();
        if (AuditTrail.SYSTEM.equals(user)) {
            throw new FourEyesViolation("Four-eyes rule: an erasure plan is prepared and approved by people who are logged in.");
        }
        if ("UserTask_PrepareErasurePlan".equals(task.getTaskDefinitionKey())) {
            decisions.record(reference, Decision.ERASURE_PLAN_PREPARED, Basis.REVIEW, user, plans.digest(reference));
            // Shown to the approving manager (a name, not only a login); the check itself reads the record.
            task.setVariable(RequestProcess.Var.ERASURE_PREPARED_BY, user);
            var person = task.getProcessEngineServices().getIdentityService().createUserQuery().userId(user).singleResult();
            if (person != null && person.getFirstName() != null) {
                task.setVariable(RequestProcess.Var.ERASURE_PREPARED_BY_NAME, (person.getFirstName() + " " + (person.getLastName() == null ? "" : person.getLastName())).trim()
                        + " (" + user + ")");
            }
            return;
        }
        String preparer = decisions.latest(reference, Decision.ERASURE_PLAN_PREPARED).map(RecordedDecision::decidedBy).orElse(null);
        if (preparer == null || user.equals(preparer)) {
            throw new FourEyesViolation("Four-eyes rule: the erasure plan was prepared by " + preparer
                    + "; another manager must approve or reject it.");
        }
        if (!"yes".equals(task.getVariable(RequestProcess.Var.ERASURE_APPROVED))) {
            return;
        }
        long managers = task.getProcessEngineServices().getIdentityService().createGroupQuery()
                .groupMember(user).groupId(StaffRoles.MANAGERS).count();
        if (managers == 0) {
            throw new FourEyesViolation("Four-eyes rule: only a manager approves an erasure; " + user + " is not a manager.");
        }
        decisions.record(reference, Decision.ERASURE_APPROVED, Basis.REVIEW, user, plans.digest(reference));
    }

    /** Thrown when the preparer of an erasure plan tries to approve it, a non-manager approves, or no one is logged in. */
    public static class FourEyesViolation extends RuntimeException {
        public FourEyesViolation(String message) {
            super(message);
        }
    }
}
