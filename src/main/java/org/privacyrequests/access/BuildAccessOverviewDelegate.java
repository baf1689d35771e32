package org.privacyrequests.access;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.lookup.PersonalDataSearch;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.springframework.stereotype.Component;

/** "Build access overview": searches again (the data may have been fixed since) and prepares the answer. */
@Component("buildAccessOverview")
class BuildAccessOverviewDelegate implements JavaDelegate {

    private final PersonalDataSearch search;
    private final AccessOverviewBuilder builder;
    private final AccessAnswers answers;
    private final AuditTrail audit;
    private final DataSubjectRequestRepository requests;
    private final org.privacyrequests.safeguards.StepPreconditions preconditions;
    private final AccessRedactions redactions;

    public BuildAccessOverviewDelegate(PersonalDataSearch search, AccessOverviewBuilder builder, AccessAnswers answers,
                                       AuditTrail audit, DataSubjectRequestRepository requests,
                                       org.privacyrequests.safeguards.StepPreconditions preconditions, AccessRedactions redactions) {
        this.redactions = redactions;
        this.preconditions = preconditions;
        this.requests = requests;
        this.search = search;
        this.builder = builder;
        this.answers = answers;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = preconditions.verifiedRequest(execution, "Build access overview").reference();
        var request = requests.find(reference).orElseThrow();
        var result = search.search(reference, new org.privacyrequests.lookup.PersonalDataSource.Identity(
                request.requesterEmail(), requests.otherIdentifiers(reference)));
        var redaction = redactions.of(reference);
        try (PreparedAnswer answer = builder.build(request, redaction)) {
            answers.save(reference, answer);
        }
        audit.record(reference, AuditEvent.of(AuditAction.ACCESS_OVERVIEW_BUILT).with("records", result.count())
                .with("blackedOut", redaction.values() == 0 ? null : redaction.values())
                .with("places", redaction.values() == 0 ? null : redaction.places()));
    }
}
