package org.privacyrequests.staffpages;

import java.util.HashMap;
import java.util.Map;
import org.privacyrequests.requests.DataSubjectRequest;
import org.privacyrequests.web.WebPages;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The pages the links in Tasklist's forms open: "Request details", "Records found", "Erasure plan" and a complaint.
 * Same addresses as the product's API; a browser asks for HTML ({@code Accept: text/html}) and gets these readable
 * pages in the staff language, while programs keep getting the API's JSON. Staff only, like all of {@code /api}.
 */
@Controller
class StaffPagesController {

    private final CaseFiles caseFiles;
    private final WebPages pages;

    StaffPagesController(CaseFiles caseFiles, WebPages pages) {
        this.caseFiles = caseFiles;
        this.pages = pages;
    }

    @GetMapping(value = "/api/requests/{reference}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> request(@PathVariable String reference) {
        return page("staff-request", caseFiles.requestPage(existingRequest(reference)));
    }

    @GetMapping(value = "/api/requests/{reference}/records", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> records(@PathVariable String reference) {
        return page("staff-records", caseFiles.recordsPage(existingRequest(reference)));
    }

    @GetMapping(value = "/api/requests/{reference}/erasure-plan", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> erasurePlan(@PathVariable String reference) {
        return page("staff-erasure-plan", caseFiles.erasurePlanPage(existingRequest(reference)));
    }

    @GetMapping(value = "/api/complaints/{reference}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> complaint(@PathVariable String reference) {
        return page("staff-complaint", caseFiles.complaintPage(
                caseFiles.complaint(reference).orElseThrow(() -> new NoSuchCase(reference, "complaint"))));
    }

    /**
     * The page of the case a process instance works: where the error page for Cockpit sends someone who followed Tasklist's
     * link icon without Cockpit. A process of no request or complaint is not found.
     */
    @GetMapping(value = "/api/process-instances/{id}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<Void> caseOfProcess(@PathVariable String id) {
        String page = caseFiles.pageOfProcess(id).orElseThrow(() -> new NoSuchCase(id, "process of a request or complaint"));
        return ResponseEntity.status(org.springframework.http.HttpStatus.SEE_OTHER).location(java.net.URI.create(page)).build();
    }

    private DataSubjectRequest existingRequest(String reference) {
        return caseFiles.request(reference).orElseThrow(() -> new NoSuchCase(reference, "request"));
    }

    private ResponseEntity<String> page(String template, Map<String, Object> model) {
        Map<String, Object> full = new HashMap<>(model);
        full.put("tasklistLink", CaseFiles.TASKLIST);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store")
                .body(pages.render(template, caseFiles.language(), full));
    }

    /** A reference that names no request or complaint (or not one of the kind the page shows). */
    static final class NoSuchCase extends RuntimeException {

        private final String reference;
        private final String kind;

        NoSuchCase(String reference, String kind) {
            super("There is no " + kind + " " + reference + ".");
            this.reference = reference;
            this.kind = kind;
        }

        String reference() {
            return reference;
        }

        String kind() {
            return kind;
        }
    }
}
