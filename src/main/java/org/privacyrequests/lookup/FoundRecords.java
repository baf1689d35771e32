package org.privacyrequests.lookup;

import org.privacyrequests.minimisation.KeepsCaseData;
import org.privacyrequests.minimisation.CaseReferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import java.util.Collection;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The personal data gathered to answer one request ({@code found_record}), linked by the reference.
 * It is replaced on every new search, and kept no longer than the request needs it.
 */
@Repository
public class FoundRecords implements KeepsCaseData {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    public FoundRecords(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public void replace(String reference, List<PersonalRecord> records) {
        jdbc.update("DELETE FROM found_record WHERE reference = ?", reference);
        Timestamp now = Timestamp.from(clock.instant());
        for (PersonalRecord r : records) {
            jdbc.update("""
                    INSERT INTO found_record (reference, source, record_type, record_id, category, role, webshop_id,
                        fields_json, relationship_active, relationship_ended_on, record_date, found_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    reference, r.source(), r.recordType(), r.recordId(), r.category().code(), r.role().name(), r.webshopId(),
                    write(r.fields()), r.relationshipActive(), sqlDate(r.relationshipEndedOn()), sqlDate(r.recordDate()), now);
        }
    }

    public List<PersonalRecord> of(String reference) {
        return jdbc.query("SELECT * FROM found_record WHERE reference = ? ORDER BY id", (rs, i) -> new PersonalRecord(
                rs.getString("source"), rs.getString("record_type"), rs.getString("record_id"),
                category(rs.getString("category")), ProcessingRole.valueOf(rs.getString("role")),
                (Long) rs.getObject("webshop_id", Long.class), read(rs.getString("fields_json")),
                rs.getBoolean("relationship_active"), localDate(rs.getDate("relationship_ended_on")),
                localDate(rs.getDate("record_date"))), reference);
    }

    public List<PersonalRecord> controllerRecords(String reference) {
        return of(reference).stream().filter(r -> r.role() == ProcessingRole.CONTROLLER).toList();
    }

    /** Stored as its code; rows found before categories were configuration hold the old upper-case name of the same code. */
    private static DataCategory category(String stored) {
        return new DataCategory(stored.toLowerCase(java.util.Locale.ROOT));
    }

    private String write(Map<String, Object> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store found record", e);
        }
    }

    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read found record", e);
        }
    }

    private static Date sqlDate(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    /** The records found for closed cases: gathered to answer them, not needed once answered. */
    @Override
    public int forgetGathered(Collection<String> closedCases, Instant before) {
        return CaseReferences.update(new NamedParameterJdbcTemplate(jdbc), "DELETE FROM found_record WHERE reference IN (:references)", closedCases);
    }

    @Override
    public int forgetRecords(Collection<String> closedCases, Instant before) {
        return forgetGathered(closedCases, before);
    }
}
