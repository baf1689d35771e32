package org.privacyrequests.erasure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.requests.RequestProcess;
import org.springframework.stereotype.Component;

/**
 * Four eyes on every erasure: "Prepare erasure plan" records who prepared it, and "Approve erasure" cannot
 * be completed by that same person. The refusal reaches Tasklist as a clear error; nothing is changed.
 */
@Component("fourEyesRule")
public class FourEyesRule implements TaskListener {

    private final AuditTrail audit;

    public FourEyesRule(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void notify(DelegateTask task) {
        String user = audit.currentActor();
        if ("UserTask_PrepareErasurePlan".equals(task.getTaskDefinitionKey())) {
            task.setVariable(RequestProcess.Var.ERASURE_PREPARED_BY, user);
            // The approving manager reads a name, not only a login.
            var person = task.getProcessEngineServices().getIdentityService().createUserQuery().userId(user).singleResult();
            if (person != null && person.getFirstName() != null) {
                task.setVariable("erasurePreparedByName", (person.getFirstName() + " " + (person.getLastName() == null ? "" : person.getLastName())).trim()
                        + " (" + user + ")");
            }
            return;
        }
        Object preparer = task.getVariable(RequestProcess.Var.ERASURE_PREPARED_BY);
        if (user.equals(preparer) || AuditTrail.SYSTEM.equals(user)) {
            throw new FourEyesViolation("Four-eyes rule: the erasure plan was prepared by " + preparer
                    + "; another manager must approve or reject it.");
        }
    }

    /** Thrown when the preparer of an erasure plan tries to approve it, or no one is logged in. */
    public static class FourEyesViolation extends RuntimeException {
        public FourEyesViolation(String message) {
            super(message);
        }
    }
}
