package org.privacyrequests.lookup;

import org.privacyrequests.minimisation.KeepsCaseData;
import org.privacyrequests.minimisation.CaseReferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import java.util.Collection;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
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
    /** Amounts as stored (49.00, not 49.0): the answer shows and copies them so. */
    private final ObjectReader exactly;

    public FoundRecords(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.exactly = json.readerFor(FIELDS).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /**
     * Replaces the records found for a request, in one transaction and in batches of {@value #BATCH} rows: a
     * long-standing customer's hundred thousand rows are a few hundred round trips, not one commit each.
     */
    @org.springframework.transaction.annotation.Transactional
    public void replace(String reference, List<PersonalRecord> records) {
        try (Replacement replacement = replacing(reference)) {
            records.forEach(replacement::add);
        }
    }

    /**
     * Starts replacing the records found for a request: the earlier ones go now, the new ones are written in batches
     * of {@value #BATCH} as they are added, the last when it is closed. Run it in the transaction of the search, so
     * that nobody sees half.
     */
    public Replacement replacing(String reference) {
        jdbc.update("DELETE FROM found_record WHERE reference = ?", reference);
        return new Replacement(reference, Timestamp.from(clock.instant()));
    }

    /** The records of one search, written as they come. */
    public final class Replacement implements AutoCloseable {

        private final String reference;
        private final Timestamp now;
        private final List<Object[]> batch = new ArrayList<>(BATCH);

        private Replacement(String reference, Timestamp now) {
            this.reference = reference;
            this.now = now;
        }

        public void add(PersonalRecord r) {
            batch.add(new Object[] {reference, r.source(), r.recordType(), r.recordId(), r.category().code(), r.role().name(),
                    r.webshopId(), write(r.fields()), r.relationshipActive(), sqlDate(r.relationshipEndedOn()),
                    sqlDate(r.recordDate()), now});
            if (batch.size() == BATCH) {
                flush();
            }
        }

        private void flush() {
            if (batch.isEmpty()) {
                return;
            }
            jdbc.batchUpdate("""
                    INSERT INTO found_record (reference, source, record_type, record_id, category, role, webshop_id,
                        fields_json, relationship_active, relationship_ended_on, record_date, found_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
            batch.clear();
        }

        @Override
        public void close() {
            flush();
        }
    }

    private static final int BATCH = 500;

    public List<PersonalRecord> of(String reference) {
        return jdbc.query("SELECT * FROM found_record WHERE reference = ? ORDER BY id", (rs, i) -> record(rs), reference);
    }

    public List<PersonalRecord> controllerRecords(String reference) {
        return of(reference).stream().filter(r -> r.role() == ProcessingRole.CONTROLLER).toList();
    }

    /**
     * How many records the company decides about were found per system and table, in the order they were found:
     * what an answer counts before it reads them.
     */
    public List<TableCount> controllerTables(String reference) {
        return jdbc.query("""
                SELECT source, record_type, COUNT(*) AS records, MIN(id) AS first_id FROM found_record
                 WHERE reference = ? AND role = ? GROUP BY source, record_type ORDER BY first_id""",
                (rs, i) -> new TableCount(rs.getString("source"), rs.getString("record_type"), rs.getLong("records")),
                reference, ProcessingRole.CONTROLLER.name());
    }

    /** The records found in one system's table ({@code recordType}). */
    public record TableCount(String source, String recordType, long records) {
    }

    /**
     * Hands over the records the company decides about that were found in one system, in the order they were found,
     * read in pages of {@value #BATCH} (inside a transaction, where the databases stream a result), never all at once.
     */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public void forEachControllerRecord(String reference, String source, Consumer<PersonalRecord> each) {
        JdbcTemplate pages = new JdbcTemplate(jdbc.getDataSource());
        pages.setFetchSize(BATCH);
        pages.query("SELECT * FROM found_record WHERE reference = ? AND role = ? AND source = ? ORDER BY id",
                (RowCallbackHandler) rs -> each.accept(record(rs, exactly)), reference, ProcessingRole.CONTROLLER.name(), source);
    }

    private PersonalRecord record(ResultSet rs) throws SQLException {
        return record(rs, json.readerFor(FIELDS));
    }

    private static PersonalRecord record(ResultSet rs, ObjectReader fieldsReader) throws SQLException {
        return new PersonalRecord(
                rs.getString("source"), rs.getString("record_type"), rs.getString("record_id"),
                category(rs.getString("category")), ProcessingRole.valueOf(rs.getString("role")),
                (Long) rs.getObject("webshop_id", Long.class), read(fieldsReader, rs.getString("fields_json")),
                rs.getBoolean("relationship_active"), localDate(rs.getDate("relationship_ended_on")),
                localDate(rs.getDate("record_date")));
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

    private static Map<String, Object> read(ObjectReader reader, String text) {
        try {
            return reader.readValue(text);
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
