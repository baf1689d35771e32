package org.privacyrequests.requests;

import org.privacyrequests.deadlines.Deadlines;

import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.privacyrequests.requests.RequestProcess.Var;
import org.springframework.stereotype.Component;

/**
 * "Move deadline and reminders": after an extension the deadline timer, the reminder and the due and
 * follow-up dates of open tasks follow the new deadline.
 */
@Component("moveDeadline")
class MoveDeadlineDelegate implements JavaDelegate {

    static final String REMINDER_TIMER = "StartEvent_DeadlineApproaching";
    static final String DEADLINE_TIMER = "StartEvent_DeadlinePassed";

    private final DataSubjectRequestRepository requests;
    private final Deadlines deadlines;
    private final ManagementService managementService;
    private final TaskService taskService;

    public MoveDeadlineDelegate(DataSubjectRequestRepository requests, Deadlines deadlines,
                                ManagementService managementService, TaskService taskService) {
        this.requests = requests;
        this.deadlines = deadlines;
        this.managementService = managementService;
        this.taskService = taskService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var request = requests.find(execution.getProcessBusinessKey()).orElseThrow();
        Date deadline = Date.from(request.deadline());
        Date reminder = Date.from(deadlines.reminderFor(request.deadline()));
        execution.setVariable(Var.DEADLINE, deadline);
        execution.setVariable(Var.REMINDER_DATE, reminder);
        managementService.createJobQuery().processInstanceId(execution.getProcessInstanceId()).timers().list()
                .forEach(job -> {
                    String timer = managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                            .singleResult().getActivityId();
                    if (REMINDER_TIMER.equals(timer)) {
                        managementService.setJobDuedate(job.getId(), reminder);
                    } else if (DEADLINE_TIMER.equals(timer)) {
                        managementService.setJobDuedate(job.getId(), deadline);
                    }
                });
        taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list().forEach(task -> {
            task.setDueDate(deadline);
            // Tasklist marks the card "due soon" from its follow-up date: the reminder moves with the deadline.
            task.setFollowUpDate(reminder);
            taskService.saveTask(task);
        });
    }
}
