package org.privacyrequests.staffpages;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A staff page that cannot be shown answers with a page in words (an unknown reference, a failure), never a trace. */
@ControllerAdvice(assignableTypes = StaffPagesController.class)
class StaffPageErrors {

    private static final Logger log = LoggerFactory.getLogger(StaffPageErrors.class);

    private final ErrorPages errorPages;
    private final CaseFiles caseFiles;

    StaffPageErrors(ErrorPages errorPages, CaseFiles caseFiles) {
        this.errorPages = errorPages;
        this.caseFiles = caseFiles;
    }

    @ExceptionHandler(StaffPagesController.NoSuchCase.class)
    ResponseEntity<String> noSuchCase(StaffPagesController.NoSuchCase e) {
        return page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> failure(RuntimeException e) {
        log.error("A staff page could not be shown: {}", e.getMessage(), e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private ResponseEntity<String> page(HttpStatus status) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store")
                .body(errorPages.render(status, caseFiles.language(), true));
    }
}
