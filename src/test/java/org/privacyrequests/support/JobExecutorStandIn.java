package org.privacyrequests.support;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;

/** Does the job executor's work in tests, which run without it: every job due on the engine clock, until none is left. */
public final class JobExecutorStandIn {

    private JobExecutorStandIn() {
    }

    /** All due jobs of one process instance. */
    public static void runDueJobs(ManagementService managementService, String processInstanceId) {
        run(managementService, () -> managementService.createJobQuery().processInstanceId(processInstanceId).executable(), job -> true);
    }

    /**
     * All due jobs of every process instance. Not the timers that start a process (the daily retention sweep):
     * a scenario that moves the clock ahead would otherwise sweep the demo data other scenarios read.
     */
    public static void runDueJobs(ManagementService managementService) {
        run(managementService, () -> managementService.createJobQuery().executable(), job -> job.getProcessInstanceId() != null);
    }

    private static void run(ManagementService managementService, java.util.function.Supplier<JobQuery> query,
                            java.util.function.Predicate<Job> which) {
        for (int round = 0; round < 100; round++) {
            List<Job> due = query.get().list().stream().filter(which).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new AssertionError("Jobs keep coming: a loop in the process?");
    }
}
