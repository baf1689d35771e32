package org.privacyrequests.identity;

import org.privacyrequests.minimisation.KeepsCaseData;
import org.privacyrequests.minimisation.CaseReferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import java.util.Collection;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The confirmation links sent for requests by e-mail, by the SHA-256 of their token (the token is only in the mail). */
@Repository
class RequestLinkConfirmations implements KeepsCaseData {

    private final JdbcTemplate jdbc;

    RequestLinkConfirmations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String tokenHash, String reference, Instant createdAt, Instant expiresAt) {
        jdbc.update("INSERT INTO request_link_confirmation (token_hash, reference, created_at, expires_at) VALUES (?, ?, ?, ?)",
                tokenHash, reference, Timestamp.from(createdAt), Timestamp.from(expiresAt));
    }

    Optional<Link> find(String tokenHash) {
        return jdbc.query("SELECT * FROM request_link_confirmation WHERE token_hash = ?", (rs, i) -> new Link(
                rs.getString("reference"), rs.getTimestamp("expires_at").toInstant(),
                rs.getTimestamp("confirmed_at") == null ? null : rs.getTimestamp("confirmed_at").toInstant()), tokenHash).stream().findFirst();
    }

    /** The first link first sent for the request: a reminder's link expires with it. */
    Optional<Instant> expiryOf(String reference) {
        return jdbc.queryForList("SELECT MIN(expires_at) FROM request_link_confirmation WHERE reference = ?", Timestamp.class, reference)
                .stream().filter(java.util.Objects::nonNull).map(Timestamp::toInstant).findFirst();
    }

    /** Marks every link of the request used, once: true only for the one call that did it. */
    boolean claim(String reference, Instant now) {
        return jdbc.update("UPDATE request_link_confirmation SET confirmed_at = ? WHERE reference = ? AND confirmed_at IS NULL",
                Timestamp.from(now), reference) > 0;
    }

    record Link(String reference, Instant expiresAt, Instant confirmedAt) {
    }

    @Override
    public int forgetGathered(Collection<String> closedCases, Instant before) {
        return CaseReferences.update(new NamedParameterJdbcTemplate(jdbc), "DELETE FROM request_link_confirmation WHERE reference IN (:references)",
                closedCases);
    }
}
