package org.privacyrequests.access;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.privacyrequests.lookup.FoundRecords;
import org.privacyrequests.notifications.OutgoingMail.Attachment;
import org.privacyrequests.requests.RequesterMail;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.springframework.stereotype.Component;

/** "Send access answer": the overview and the machine-readable copy go to the verified requester. */
@Component("sendAccessAnswer")
class SendAccessAnswerDelegate implements JavaDelegate {

    private final AccessAnswers answers;
    private final FoundRecords foundRecords;
    private final RequesterMail mail;
    private final DataSubjectRequestRepository requests;
    private final org.privacyrequests.safeguards.StepPreconditions preconditions;

    public SendAccessAnswerDelegate(AccessAnswers answers, FoundRecords foundRecords, RequesterMail mail,
                                    DataSubjectRequestRepository requests, org.privacyrequests.safeguards.StepPreconditions preconditions) {
        this.preconditions = preconditions;
        this.answers = answers;
        this.foundRecords = foundRecords;
        this.mail = mail;
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        preconditions.forAccessAnswer(execution, "Send access answer", answers.builtAt(reference).orElse(null));
        var overview = answers.find(reference).orElseThrow(() -> new IllegalStateException("No access overview for " + reference));
        var sources = foundRecords.controllerTables(reference).stream()
                .collect(Collectors.groupingBy(FoundRecords.TableCount::source, java.util.LinkedHashMap::new,
                        Collectors.summingLong(FoundRecords.TableCount::records)))
                .entrySet().stream().map(e -> Map.<String, Object>of("name", e.getKey(), "recordCount", e.getValue())).toList();
        mail.send(reference, "access-answer", Map.of("sources", sources), List.of(
                new Attachment(reference + "-overview.html", "text/html; charset=UTF-8", overview.html().getBytes(StandardCharsets.UTF_8)),
                new Attachment(reference + "-personal-data.zip", "application/zip", overview.zip())));
        answers.markSent(reference);
        requests.addOutcome(reference, org.privacyrequests.requests.RequestOutcome.ACCESS_ANSWERED);
    }
}
