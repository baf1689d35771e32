package org.privacyrequests.intake;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Shows support an incoming mail as the intake recorded it, with the raw text of one it could not read. Staff only. */
@RestController
@RequestMapping("/api/incoming-mails")
class IncomingMailController {

    private final IncomingMails incomingMails;

    public IncomingMailController(IncomingMails incomingMails) {
        this.incomingMails = incomingMails;
    }

    @GetMapping
    public ResponseEntity<Map<String, Object>> find(@RequestParam String messageId) {
        return incomingMails.find(messageId).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Map.of("status", 404, "message", "No incoming mail with Message-ID " + messageId)));
    }
}
