package org.privacyrequests.retention;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ask for a retention sweep": starts retention-enforcement by its message, as a dry run unless the manager unticked it. */
@Component("requestRetentionSweep")
class RequestRetentionSweepDelegate implements JavaDelegate {

    public static final String MESSAGE = "retention-sweep-requested";

    @Override
    public void execute(DelegateExecution execution) {
        boolean dryRun = !Boolean.FALSE.equals(execution.getVariable(RetentionProcess.Var.DRY_RUN));
        String instanceId = execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(MESSAGE)
                .setVariable(RetentionProcess.Var.DRY_RUN, dryRun)
                .correlateStartMessage().getId();
        execution.setVariable(RetentionProcess.Var.SWEEP_PROCESS_INSTANCE_ID, instanceId);
    }
}
