package org.privacyrequests.audit;

import org.privacyrequests.minimisation.KeepsCaseData;
import org.privacyrequests.minimisation.CaseReferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import java.util.Collection;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.privacyrequests.engine.EngineUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The accountability record of every request: who decided what, when, and on which ground. Entries name
 * categories and outcomes, never the personal data itself. Each entry is data ({@link AuditEvent}: an action code and
 * named facts); the staff pages word it from the texts.
 */
@Service
public class AuditTrail implements KeepsCaseData {

    public static final String SYSTEM = "system";

    private final JdbcTemplate jdbc;
    private final EngineUsers engineUsers;
    private final Clock clock;

    public AuditTrail(JdbcTemplate jdbc, EngineUsers engineUsers, Clock clock) {
        this.jdbc = jdbc;
        this.engineUsers = engineUsers;
        this.clock = clock;
    }

    /** Records a step taken by whoever is logged in (or the system, for automatic steps). */
    public void record(String reference, AuditEvent event) {
        recordBy(reference, currentActor(), event);
    }

    public void recordBy(String reference, String actor, AuditEvent event) {
        Map<String, String> facts = new LinkedHashMap<>();
        event.facts().forEach((name, value) -> facts.put(name, truncate(value, 2000)));
        jdbc.update("INSERT INTO audit_entry (reference, occurred_at, actor, action, facts) VALUES (?, ?, ?, ?, ?)",
                reference, Timestamp.from(clock.instant()), actor, event.action().code(), json(facts));
    }

    public List<AuditEntry> of(String reference) {
        return jdbc.query("SELECT occurred_at, actor, action, facts, detail FROM audit_entry WHERE reference = ? ORDER BY id",
                (rs, i) -> {
                    String facts = rs.getString(4);
                    return new AuditEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                            facts == null ? null : facts(facts), rs.getString(5));
                }, reference);
    }

    public String currentActor() {
        return engineUsers.current().map(EngineUsers.EngineUser::id).orElse(SYSTEM);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String json(Map<String, String> facts) {
        try {
            return JSON.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit facts cannot be written as JSON", e);
        }
    }

    private static Map<String, String> facts(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit facts cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One entry of the trail. Recorded as data: {@code action} is an {@link AuditAction}'s code and {@code facts} its
     * named values ({@code detail} null). Recorded before the trail was data: the English action and detail as they
     * were written, {@code facts} null.
     */
    public record AuditEntry(Instant occurredAt, String actor, String action, Map<String, String> facts, String detail) {

        /** The step as data, or empty for an entry recorded as English prose (before V15). */
        public Optional<AuditEvent> event() {
            return facts == null ? Optional.empty() : AuditAction.ofCode(action).map(a -> new AuditEvent(a, facts));
        }
    }

    /** The audit trail of closed cases (and of lifted legal holds), once the accountability period is over. */
    @Override
    public int forgetRecords(Collection<String> closedCases, Instant before) {
        return CaseReferences.update(new NamedParameterJdbcTemplate(jdbc), "DELETE FROM audit_entry WHERE reference IN (:references)", closedCases);
    }
}
