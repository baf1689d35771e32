package org.privacyrequests.retention;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Carry out retention sweep": batched and resumable; a failure is an incident whose retry goes on where it stopped. */
@Component("carryOutRetentionSweep")
class CarryOutRetentionSweepDelegate implements JavaDelegate {

    private final RetentionSweepExecution execution;

    public CarryOutRetentionSweepDelegate(RetentionSweepExecution execution) {
        this.execution = execution;
    }

    @Override
    public void execute(DelegateExecution process) {
        execution.execute(((Number) process.getVariable(RetentionProcess.Var.SWEEP_ID)).longValue());
    }
}
