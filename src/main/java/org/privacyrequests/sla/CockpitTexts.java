package org.privacyrequests.sla;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The words of the Cockpit plugin (the dashboard section and the deadline tabs) in the staff language, as an ES
 * module the plugin imports. Served next to the plugin, like Cockpit's own scripts without a login: Cockpit loads
 * its plugins before anyone logs in, and a tab's label is fixed when it loads. Holds page words only, no case data.
 */
@RestController
class CockpitTexts {

    private final StaffLabels labels;
    private final ObjectMapper json;

    CockpitTexts(StaffLabels labels, ObjectMapper json) {
        this.labels = labels;
        this.json = json;
    }

    @GetMapping(value = "${camunda.bpm.webapp.application-path:/camunda}/app/cockpit/scripts/sla-texts.js")
    public ResponseEntity<String> module() throws JsonProcessingException {
        String texts = json.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(new TreeMap<>(labels.textsStartingWith("sla.")));
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
                .body("// Generated from web/texts_" + labels.language() + ".properties (the staff language).\nexport default "
                        + texts + ";\n");
    }
}
