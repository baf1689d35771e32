package org.privacyrequests.sla;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.retention.RetentionSweeps;
import org.privacyrequests.web.WebPages;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.privacyrequests.sla.SlaOverview.DueCase;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The managers' SLA overview: as figures for tools and the Cockpit dashboard ({@code /api/sla-overview}),
 * and as a page with a chart ({@code /managers/sla-overview}), which also lists the latest retention sweeps; both
 * name the overdue and due-soon cases with links to each. For Cockpit also the deadlines of one process definition's or instance's open
 * cases ({@code /api/sla-overview/deadlines}). Only managers get in (see the API filter).
 */
@RestController
class SlaOverviewController {

    private final SlaOverviewSnapshot overviews;
    private final WebPages pages;
    private final RetentionSweeps sweeps;
    private final CompanyProperties company;
    private final StaffLabels labels;
    private final DueCases dueCases;
    private final Clock clock;

    SlaOverviewController(SlaOverviewSnapshot overviews, WebPages pages, RetentionSweeps sweeps, CompanyProperties company,
                          StaffLabels labels, DueCases dueCases, Clock clock) {
        this.overviews = overviews;
        this.pages = pages;
        this.sweeps = sweeps;
        this.company = company;
        this.labels = labels;
        this.dueCases = dueCases;
        this.clock = clock;
    }

    /** The open requests and complaints run by this process definition's instances, or by this one instance, earliest deadline first. */
    @GetMapping(value = "/api/sla-overview/deadlines", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<DueCase>> deadlines(@RequestParam(required = false) String processDefinitionId,
                                                   @RequestParam(required = false) String processInstanceId) {
        if ((processDefinitionId == null) == (processInstanceId == null)) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(dueCases.ofProcess(processDefinitionId, processInstanceId, clock.instant()));
    }

    @GetMapping(value = "/api/sla-overview", produces = MediaType.APPLICATION_JSON_VALUE)
    public SlaOverview figures() {
        return overviews.current();
    }

    @GetMapping(value = "/managers/sla-overview", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> page() {
        SlaOverview overview = overviews.current();
        long widest = overview.openByKind().stream().mapToLong(SlaOverview.OpenWork::total).max().orElse(0);
        double longest = overview.handlingTimeByMonth().stream().mapToDouble(SlaOverview.HandlingTime::p90Days).max().orElse(0);
        String generated = overview.generatedAt().atZone(company.zone()).toLocalDateTime().withNano(0).toString().replace('T', ' ');
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'self'")
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(pages.render("sla-overview", labels.language(), Map.of("overview", overview, "generated", generated,
                        "widest", Math.max(widest, 1), "longest", Math.max(Math.ceil(longest), 28.0), "sweeps", sweeps.recent(10))));
    }
}
