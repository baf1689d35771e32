package org.privacyrequests.publicform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The requests filed on the public form, by the hash of their confirmation token. The token itself is only
 * in the mail; a leaked table gives no working link.
 */
@Repository
class PendingWebRequests {

    private final JdbcTemplate jdbc;

    public PendingWebRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String tokenHash, String addressHash, String clientHash, PublicRequestForm form, Instant submittedAt,
                       Instant expiresAt) {
        jdbc.update("INSERT INTO web_request_confirmation (token_hash, address_hash, client_hash, requester_email, "
                        + "requester_name, request_types, request_text, language, submitted_at, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                tokenHash, addressHash, clientHash, form.email(), form.name(), String.join(",", form.rights()),
                form.text(), form.language(), Timestamp.from(submittedAt), Timestamp.from(expiresAt));
    }

    public Optional<PendingWebRequest> findByToken(String tokenHash) {
        return jdbc.query("SELECT * FROM web_request_confirmation WHERE token_hash = ?", PendingWebRequests::map, tokenHash)
                .stream().findFirst();
    }

    /**
     * Marks a link used, if nobody used it before and it has not expired: true for exactly one caller, however
     * many click at once. {@link #filed} clears the requester's details in the same transaction.
     */
    public boolean claim(long id, Instant now) {
        return jdbc.update("UPDATE web_request_confirmation SET confirmed_at = ? "
                + "WHERE id = ? AND confirmed_at IS NULL AND expires_at > ?", Timestamp.from(now), id, Timestamp.from(now)) == 1;
    }

    /** After filing: the request record holds the details now, this row keeps only the reference and hashes. */
    public void filed(long id, String reference) {
        jdbc.update("UPDATE web_request_confirmation SET reference = ?, requester_email = NULL, requester_name = NULL, "
                + "request_types = NULL, request_text = NULL WHERE id = ?", reference, id);
    }

    public int countByAddressSince(String addressHash, Instant since) {
        return count("address_hash", addressHash, since);
    }

    public int countByClientSince(String clientHash, Instant since) {
        return count("client_hash", clientHash, since);
    }

    /** Rows submitted before the moment: expired links, and the hashes once no limit looks back that far. */
    public int deleteSubmittedBefore(Instant before) {
        return jdbc.update("DELETE FROM web_request_confirmation WHERE submitted_at < ?", Timestamp.from(before));
    }

    private int count(String column, String hash, Instant since) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM web_request_confirmation WHERE " + column + " = ? AND submitted_at >= ?",
                Integer.class, hash, Timestamp.from(since));
        return n == null ? 0 : n;
    }

    private static PendingWebRequest map(ResultSet rs, int row) throws SQLException {
        Timestamp confirmed = rs.getTimestamp("confirmed_at");
        return new PendingWebRequest(rs.getLong("id"), rs.getString("requester_email"), rs.getString("requester_name"),
                rs.getString("request_types"), rs.getString("request_text"), rs.getString("language"),
                rs.getTimestamp("submitted_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                confirmed == null ? null : confirmed.toInstant(), rs.getString("reference"));
    }
}
