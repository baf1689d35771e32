package org.privacyrequests.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.JobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.privacyrequests.engine.StepRefused;
import org.springframework.stereotype.Component;

/**
 * A step refused by its safeguards (the records say it may not run) becomes an incident at once, with the reason
 * as its message: waiting and retrying would not change the records, and would only hide the refusal from
 * Cockpit for a quarter of an hour. Every other failure keeps the configured retries.
 */
@Component
public class RefusedStepsBecomeIncidents extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        FailedJobCommandFactory usual = configuration.getFailedJobCommandFactory() != null
                ? configuration.getFailedJobCommandFactory() : new DefaultFailedJobCommandFactory();
        configuration.setFailedJobCommandFactory((jobId, exception) ->
                refusal(exception) ? new NoRetries(jobId, exception) : usual.getCommand(jobId, exception));
    }

    static boolean refusal(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof StepRefused) {
                return true;
            }
        }
        return false;
    }

    /** Records the failure on the job and sets its retries to 0, which raises the incident. */
    static class NoRetries extends JobRetryCmd implements Command<Object> {

        NoRetries(String jobId, Throwable exception) {
            super(jobId, exception);
        }

        @Override
        public Object execute(CommandContext commandContext) {
            var job = getJob();
            if (job != null) {
                job.unlock();
                logException(job);
                job.setRetries(0);
                notifyAcquisition(commandContext);
            }
            return null;
        }
    }
}
