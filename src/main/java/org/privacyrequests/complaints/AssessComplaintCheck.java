package org.privacyrequests.complaints;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.privacyrequests.requests.RequestTypes;
import org.privacyrequests.references.References;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks what support entered in "Assess complaint" before the task completes: a known category, an
 * existing related request, a known webshop for processor data; or, for a complaint that is really a request,
 * the rights it asks. A wrong value keeps the task open with a
 * message that says what is wrong; a right one is recorded on the complaint.
 */
@Component("assessComplaintCheck")
class AssessComplaintCheck implements TaskListener {

    private final PrivacyComplaints complaints;
    private final DataSubjectRequestRepository requests;
    private final JdbcTemplate jdbc;

    public AssessComplaintCheck(PrivacyComplaints complaints, DataSubjectRequestRepository requests, JdbcTemplate jdbc) {
        this.complaints = complaints;
        this.requests = requests;
        this.jdbc = jdbc;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean isRequest = Boolean.TRUE.equals(task.getVariable(ComplaintProcess.Var.IS_REQUEST));
        task.setVariable(ComplaintProcess.Var.IS_REQUEST, isRequest);
        if (isRequest) {
            if (RequestTypes.read(task.getVariable(ComplaintProcess.Var.REQUESTED_RIGHTS)).withoutUnclear().codes().isEmpty()) {
                throw new IllegalArgumentException("Tick the rights the complainant asks for: the complaint is filed as a request for them.");
            }
            return;
        }
        ComplaintCategory category = ComplaintCategory.fromCode((String) task.getVariable(ComplaintProcess.Var.CATEGORY)).orElse(null);
        if (category == null) {
            throw new IllegalArgumentException("Choose the complaint's category (" + String.join(", ", ComplaintProcess.CATEGORIES) + ").");
        }
        String related = blankToNull((String) task.getVariable(ComplaintProcess.Var.RELATED_REQUEST));
        if (related != null && (!References.isRequest(related) || !requests.exists(related))) {
            throw new IllegalArgumentException("There is no request " + related + ": check the reference, or leave the field empty.");
        }
        boolean processorOnly = Boolean.TRUE.equals(task.getVariable(ComplaintProcess.Var.PROCESSOR_ONLY));
        if (processorOnly) {
            String domain = blankToNull((String) task.getVariable(ComplaintProcess.Var.WEBSHOP_DOMAIN));
            if (domain == null) {
                throw new IllegalArgumentException("Name the webshop's domain: the complaint is forwarded to that webshop.");
            }
            try {
                Long webshopId = jdbc.queryForObject("SELECT id FROM webshop WHERE LOWER(domain) = LOWER(?)", Long.class, domain);
                task.setVariable(ComplaintProcess.Var.WEBSHOP_ID, webshopId);
            } catch (EmptyResultDataAccessException unknown) {
                throw new IllegalArgumentException("No webshop with domain " + domain + " uses our product: check the spelling.");
            }
        }
        task.setVariable(ComplaintProcess.Var.PROCESSOR_ONLY, processorOnly);
        task.setVariable(ComplaintProcess.Var.RELATED_REQUEST, related);
        complaints.recordAssessment(task.getExecution().getProcessBusinessKey(), category, related);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
