package org.privacyrequests.intake;

import org.privacyrequests.minimisation.KeepsCaseData;
import org.privacyrequests.minimisation.CaseReferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import java.util.Collection;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The mails the intake has handled ({@code incoming_mail}), one row per Message-ID, and their correspondence. */
@Repository
public class IncomingMails implements KeepsCaseData {

    /** Column sizes of {@code incoming_mail} and {@code correspondence} (V3__incoming_mail.sql). */
    static final int MESSAGE_ID_LENGTH = 500;
    static final int ADDRESS_LENGTH = 320;
    static final int SUBJECT_LENGTH = 500;
    /** Ends a value that was cut to fit its column, so nobody takes it for the whole. */
    static final String CUT = " [...cut]";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public IncomingMails(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean handled(String messageId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM incoming_mail WHERE message_id = ?", Integer.class, messageId);
        return n != null && n > 0;
    }

    /** Records a handled mail; a second node handling the same mail at once fails here and rolls back. */
    public void record(String messageId, Instant receivedAt, String from, String subject, String outcome, String reference,
                       String rawMessage) {
        jdbc.update("""
                INSERT INTO incoming_mail (message_id, received_at, from_address, subject, outcome, reference, raw_message, handled_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                messageId, Timestamp.from(receivedAt), fit(from, ADDRESS_LENGTH), fit(subject, SUBJECT_LENGTH), outcome, reference, rawMessage,
                Timestamp.from(clock.instant()));
    }

    public Optional<Map<String, Object>> find(String messageId) {
        return jdbc.queryForList("SELECT * FROM incoming_mail WHERE message_id = ?", messageId).stream().findFirst();
    }

    /** The reference of the request or complaint whose mail had this Message-ID (one we sent, or one that started it). */
    public Optional<String> referenceOfMessage(String messageId) {
        return jdbc.queryForList("""
                SELECT reference FROM sent_mail WHERE message_id = ?
                UNION SELECT reference FROM incoming_mail WHERE message_id = ? AND reference IS NOT NULL""",
                String.class, messageId, messageId).stream().findFirst();
    }

    /** Keeps a mail with the request or complaint it is about. @return the id of the kept mail */
    public long addCorrespondence(String reference, IncomingMail mail) {
        return addCorrespondence(reference, mail, null);
    }

    /**
     * Keeps a mail with the request or complaint it is about, with whether our own mail server authenticated its
     * sender. @param senderAuthenticatedBy the trusted server that recorded a DMARC pass for the From domain, or null
     * @return the id of the kept mail
     */
    public long addCorrespondence(String reference, IncomingMail mail, String senderAuthenticatedBy) {
        var id = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    INSERT INTO correspondence (reference, message_id, from_address, subject, body, received_at, sender_authenticated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            insert.setString(1, reference);
            insert.setString(2, mail.messageId());
            insert.setString(3, mail.fromAddress());
            insert.setString(4, fit(mail.subject(), SUBJECT_LENGTH));
            insert.setString(5, mail.text());
            insert.setTimestamp(6, Timestamp.from(mail.receivedAt()));
            insert.setString(7, senderAuthenticatedBy);
            return insert;
        }, id);
        return id.getKey().longValue();
    }

    /** One kept mail: the request or complaint it is about, who sent it, when, and what it says. */
    public Optional<KeptMail> correspondence(long id) {
        return jdbc.query("""
                SELECT id, reference, message_id, from_address, subject, body, received_at, sender_authenticated_by
                FROM correspondence WHERE id = ?""",
                (rs, i) -> new KeptMail(rs.getLong("id"), rs.getString("reference"), rs.getString("message_id"), rs.getString("from_address"),
                        rs.getString("subject"), rs.getString("body"), rs.getTimestamp("received_at").toInstant(),
                        rs.getString("sender_authenticated_by")), id).stream().findFirst();
    }

    /**
     * A mail kept with a request or complaint ({@code correspondence}).
     *
     * @param senderAuthenticatedBy the trusted mail server that recorded a DMARC pass for the sender's domain, or null
     */
    public record KeptMail(long id, String reference, String messageId, String fromAddress, String subject, String body, Instant receivedAt,
                           String senderAuthenticatedBy) {
    }

    /** Mails about a request or complaint, oldest first, for support to read with it. */
    public java.util.List<Map<String, Object>> correspondenceOf(String reference) {
        return jdbc.queryForList("""
                SELECT message_id, from_address, subject, body, received_at FROM correspondence
                WHERE reference = ? ORDER BY received_at, id""", reference);
    }

    /** The value, or as much of it as fits in {@code max} characters with {@link #CUT} at the end. */
    static String fit(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - CUT.length()) + CUT;
    }

    /** The mails about closed cases, and the raw text of mails handled before the date (kept for review only). */
    @Override
    public int forgetGathered(Collection<String> closedCases, Instant before) {
        return CaseReferences.update(new NamedParameterJdbcTemplate(jdbc), "DELETE FROM correspondence WHERE reference IN (:references)", closedCases)
                + jdbc.update("UPDATE incoming_mail SET raw_message = NULL WHERE raw_message IS NOT NULL AND handled_at < ?", Timestamp.from(before));
    }

    /** What is left of the mails about closed cases, and the log of mails handled before the date. */
    @Override
    public int forgetRecords(Collection<String> closedCases, Instant before) {
        return CaseReferences.update(new NamedParameterJdbcTemplate(jdbc), "DELETE FROM correspondence WHERE reference IN (:references)", closedCases)
                + jdbc.update("DELETE FROM incoming_mail WHERE handled_at < ?", Timestamp.from(before));
    }
}
