package org.privacyrequests.instructions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.privacyrequests.minimisation.CaseReferences;
import org.privacyrequests.minimisation.KeepsCaseData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The webshops' instructions ({@code webshop_instruction}), by the reference of the request record that carries each out. */
@Repository
public class WebshopInstructions implements KeepsCaseData {

    private final JdbcTemplate jdbc;

    public WebshopInstructions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WebshopInstruction i) {
        jdbc.update("""
                INSERT INTO webshop_instruction (reference, webshop_id, about_reference, instruction_message_id, instruction_from,
                    sender_authenticated_by, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                i.reference(), i.webshopId(), i.aboutReference(), i.messageId(), i.from(), i.senderAuthenticatedBy(),
                Timestamp.from(i.receivedAt()));
    }

    public Optional<WebshopInstruction> find(String reference) {
        return jdbc.query("SELECT * FROM webshop_instruction WHERE reference = ?", (rs, n) -> new WebshopInstruction(
                rs.getString("reference"), rs.getLong("webshop_id"), rs.getString("about_reference"),
                rs.getString("instruction_message_id"), rs.getString("instruction_from"), rs.getString("sender_authenticated_by"),
                rs.getTimestamp("received_at").toInstant()), reference).stream().findFirst();
    }

    /** Kept with the request record that carried it out, for as long as that is kept. */
    @Override
    public int forgetRecords(Collection<String> closedCases, Instant before) {
        return CaseReferences.update(new NamedParameterJdbcTemplate(jdbc), "DELETE FROM webshop_instruction WHERE reference IN (:references)",
                closedCases);
    }
}
