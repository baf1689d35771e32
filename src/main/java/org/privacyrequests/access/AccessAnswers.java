package org.privacyrequests.access;

import org.privacyrequests.minimisation.KeepsCaseData;
import org.privacyrequests.minimisation.CaseReferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import java.util.Collection;
import java.time.Instant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The access answer prepared for a request: the readable overview and the machine-readable copy. */
@Repository
public class AccessAnswers implements KeepsCaseData {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AccessAnswers(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps a built answer, the zip streamed from its working file into the database ({@code export}, bytes). */
    public void save(String reference, PreparedAnswer answer) {
        jdbc.update("DELETE FROM access_answer WHERE reference = ?", reference);
        try (InputStream zip = Files.newInputStream(answer.zip())) {
            long size = answer.zipSize();
            jdbc.update("INSERT INTO access_answer (reference, overview_html, export, created_at) VALUES (?, ?, ?, ?)", ps -> {
                ps.setString(1, reference);
                ps.setString(2, answer.html());
                ps.setBinaryStream(3, zip, size);
                ps.setTimestamp(4, Timestamp.from(clock.instant()));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the access export of " + reference, e);
        }
    }

    /**
     * The answer as kept, its zip read whole (a few megabytes for a hundred thousand records: the mail attaches it
     * so). An answer built before the zip was kept as bytes has it as base64 text ({@code export_zip}).
     */
    public Optional<AccessOverview> find(String reference) {
        return jdbc.query("SELECT overview_html, export, export_zip FROM access_answer WHERE reference = ?", (rs, i) -> {
            byte[] zip;
            try (InputStream export = rs.getBinaryStream(2)) {
                zip = export != null ? export.readAllBytes()
                        : rs.getString(3) != null ? Base64.getDecoder().decode(rs.getString(3)) : new byte[0];
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the access export of " + reference, e);
            }
            return new AccessOverview(rs.getString(1), zip);
        }, reference).stream().findFirst();
    }

    /** When the overview now waiting to be sent was built. */
    public Optional<java.time.Instant> builtAt(String reference) {
        return jdbc.queryForList("SELECT created_at FROM access_answer WHERE reference = ?", Timestamp.class, reference)
                .stream().map(Timestamp::toInstant).findFirst();
    }

    public void markSent(String reference) {
        jdbc.update("UPDATE access_answer SET sent_at = ? WHERE reference = ?", Timestamp.from(clock.instant()), reference);
    }

    /** The readable overview, and the zip (JSON plus a CSV per table) sent with the answer. */
    public record AccessOverview(String html, byte[] zip) {
    }

    /** The answers of closed cases, and an export that went out before the date, even while other rights are handled. */
    @Override
    public int forgetGathered(Collection<String> closedCases, Instant before) {
        return CaseReferences.update(new NamedParameterJdbcTemplate(jdbc), "DELETE FROM access_answer WHERE reference IN (:references)", closedCases)
                + jdbc.update("DELETE FROM access_answer WHERE sent_at < ?", Timestamp.from(before));
    }

    @Override
    public int forgetRecords(Collection<String> closedCases, Instant before) {
        return CaseReferences.update(new NamedParameterJdbcTemplate(jdbc), "DELETE FROM access_answer WHERE reference IN (:references)", closedCases);
    }
}
