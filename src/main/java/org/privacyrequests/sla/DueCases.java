package org.privacyrequests.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.sla.SlaOverview.DueCase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * An open request or complaint as a manager reads it in a list of deadlines: what it is about in words, the
 * calendar days left in the company's zone, and links to its page and its process in Cockpit. Also the deadlines of
 * the open cases that run in one process definition or instance, for Cockpit, whose own list of process instances
 * cannot take a column of ours.
 */
@Service
class DueCases {

    /** At most this many process instances of one definition are listed with their deadline in Cockpit. */
    static final int PER_DEFINITION = 500;

    private final CompanyProperties company;
    private final StaffLabels labels;
    private final CaseProcesses processes;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;

    DueCases(CompanyProperties company, StaffLabels labels, CaseProcesses processes, RuntimeService runtime, JdbcTemplate jdbc) {
        this.company = company;
        this.labels = labels;
        this.processes = processes;
        this.runtime = runtime;
        this.jdbc = jdbc;
    }

    /**
     * The case as listed. {@code rawSubject} is the request's rights as stored ("access,erasure") or the complaint's
     * category code; {@code processInstanceId} null to look it up.
     */
    DueCase of(String kind, String reference, String rawSubject, Instant deadline, boolean extended, Instant now, String processInstanceId) {
        LocalDate today = now.atZone(company.zone()).toLocalDate();
        LocalDate day = deadline.atZone(company.zone()).toLocalDate();
        boolean overdue = deadline.isBefore(now);
        String subject = "complaint".equals(kind) ? labels.complaintCategory(rawSubject) : labels.rights(rawSubject);
        String cockpit = processInstanceId != null ? processes.cockpitLink(processInstanceId) : processes.cockpitLinkOf(kind, reference);
        return new DueCase(kind, labels.kind(kind), reference, subject, deadline, day, ChronoUnit.DAYS.between(today, day),
                labels.daysLeft(today, day, overdue), extended, CaseProcesses.pageOf(kind, reference), cockpit);
    }

    /** The open requests and complaints run by the instances of this process definition (or this one instance), earliest deadline first. */
    List<DueCase> ofProcess(String processDefinitionId, String processInstanceId, Instant now) {
        var query = runtime.createProcessInstanceQuery().rootProcessInstances();
        if (processInstanceId != null) {
            query.processInstanceId(processInstanceId);
        } else {
            query.processDefinitionId(processDefinitionId);
        }
        Map<String, String> instanceByReference = query.listPage(0, PER_DEFINITION).stream().filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getBusinessKey, ProcessInstance::getId, (a, b) -> a, LinkedHashMap::new));
        if (instanceByReference.isEmpty()) {
            return List.of();
        }
        String in = instanceByReference.keySet().stream().map(k -> "?").collect(Collectors.joining(", "));
        Object[] references = instanceByReference.keySet().toArray();
        List<DueCase> cases = new ArrayList<>();
        jdbc.query("SELECT reference, request_types, deadline, extension_reason FROM data_subject_request "
                + "WHERE status IN ('OPEN', 'OVERDUE') AND reference IN (" + in + ")", rs -> {
            String reference = rs.getString("reference");
            cases.add(of("request", reference, rs.getString("request_types"), rs.getTimestamp("deadline").toInstant(),
                    rs.getString("extension_reason") != null, now, instanceByReference.get(reference)));
        }, references);
        jdbc.query("SELECT reference, category, deadline FROM privacy_complaint WHERE status <> 'CLOSED' AND reference IN (" + in + ")", rs -> {
            String reference = rs.getString("reference");
            cases.add(of("complaint", reference, rs.getString("category"), rs.getTimestamp("deadline").toInstant(), false, now,
                    instanceByReference.get(reference)));
        }, references);
        cases.sort(Comparator.comparing(DueCase::deadline).thenComparing(DueCase::reference));
        return cases;
    }
}
