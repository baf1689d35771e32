package org.privacyrequests.sla;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.privacyrequests.complaints.ComplaintProcess;
import org.privacyrequests.requests.RequestProcess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a manager opens a request or complaint: its readable page in the product, and its process instance in
 * Cockpit (found by the business key, which is the reference, in the process of its kind).
 */
@Component
class CaseProcesses {

    private final RuntimeService runtime;
    private final String cockpit;

    CaseProcesses(RuntimeService runtime, @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        this.runtime = runtime;
        this.cockpit = webappPath + "/app/cockpit/default/#/process-instance/";
    }

    /** The request's or complaint's own page. */
    static String pageOf(String kind, String reference) {
        return ("complaint".equals(kind) ? "/api/complaints/" : "/api/requests/") + reference;
    }

    /** The running process of this case, or null when none runs (any more). */
    String processInstanceOf(String kind, String reference) {
        String process = "complaint".equals(kind) ? ComplaintProcess.KEY : RequestProcess.KEY;
        return runtime.createProcessInstanceQuery().processDefinitionKey(process).processInstanceBusinessKey(reference)
                .listPage(0, 1).stream().map(ProcessInstance::getId).findFirst().orElse(null);
    }

    /** The link to the case's process instance in Cockpit, or null when no process runs for it. */
    String cockpitLinkOf(String kind, String reference) {
        String id = processInstanceOf(kind, reference);
        return id == null ? null : cockpitLink(id);
    }

    String cockpitLink(String processInstanceId) {
        return cockpit + processInstanceId + "/runtime";
    }
}
