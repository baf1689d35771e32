package org.privacyrequests.retention;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record sweep result": per rule, rows erased, anonymised and skipped, to the audit trail and the managers' overview. */
@Component("recordRetentionSweep")
class RecordRetentionSweepDelegate implements JavaDelegate {

    private final RetentionSweepExecution execution;

    public RecordRetentionSweepDelegate(RetentionSweepExecution execution) {
        this.execution = execution;
    }

    @Override
    public void execute(DelegateExecution process) {
        execution.record(((Number) process.getVariable(RetentionProcess.Var.SWEEP_ID)).longValue());
    }
}
