package org.privacyrequests.requests;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Extend the request's deadline", in the small process support starts from Tasklist. A refused
 * extension fails the start, so Tasklist shows support the reason at once and nothing is recorded.
 */
@Component("extendDeadline")
class ExtendDeadlineDelegate implements JavaDelegate {

    private final DeadlineExtension extension;

    public ExtendDeadlineDelegate(DeadlineExtension extension) {
        this.extension = extension;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = ((String) execution.getVariable(RequestProcess.Var.REFERENCE)).trim();
        Object months = execution.getVariable(RequestProcess.Var.EXTENSION_MONTHS);
        int m = months instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(months).trim());
        extension.extend(reference, m, (String) execution.getVariable(RequestProcess.Var.EXTENSION_REASON));
        execution.setProcessBusinessKey(reference + "-extension");
    }
}
