package org.privacyrequests.restriction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.privacyrequests.minimisation.KeepsCaseData;
import org.privacyrequests.safeguards.StandingRestrictions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The restrictions of processing (Art. 18) on people's data, as rows: placed by a granted request, in force until a
 * manager decided to lift one and the person was told (Art. 18(3)). The retention sweep, the erasure step, forwarding
 * to webshops and direct marketing ask here, never a process variable. A restriction's own audit entries carry the
 * reference {@code PR-<id>}.
 */
@Service
public class ProcessingRestrictions implements StandingRestrictions, KeepsCaseData {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration liftNoticePeriod;

    public ProcessingRestrictions(JdbcTemplate jdbc, Clock clock,
                                  @Value("${privacy.restriction.lift-notice-period:P14D}") Duration liftNoticePeriod) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.liftNoticePeriod = liftNoticePeriod;
    }

    /** The reference of a restriction in the audit trail and as the lifting process's business key. */
    public static String reference(long id) {
        return "PR-" + id;
    }

    /** How long the person has, after being told, before the restriction is lifted. */
    public Duration liftNoticePeriod() {
        return liftNoticePeriod;
    }

    /**
     * Restricts the processing of the data of this address, for this request; placing it again for the same request
     * keeps the one already in force (a retried step). @return the restriction in force
     */
    public Restriction place(String requestReference, String email, String grounds, String placedBy) {
        String address = email.trim().toLowerCase(Locale.ROOT);
        Optional<Restriction> already = all("WHERE reference = ? AND email = ? AND lifted_at IS NULL", requestReference, address).stream().findFirst();
        if (already.isPresent()) {
            return already.get();
        }
        jdbc.update("INSERT INTO processing_restriction (email, reference, grounds, placed_by, placed_at) VALUES (?, ?, ?, ?, ?)",
                address, requestReference, grounds, placedBy, Timestamp.from(clock.instant()));
        return all("WHERE reference = ? AND email = ? AND lifted_at IS NULL", requestReference, address).get(0);
    }

    public Optional<Restriction> find(long id) {
        return all("WHERE id = ?", id).stream().findFirst();
    }

    /** The restrictions in force, oldest first; of one address, when one is given. */
    public List<Restriction> inForce(String email) {
        return email == null ? all("WHERE lifted_at IS NULL")
                : all("WHERE lifted_at IS NULL AND email = ?", email.trim().toLowerCase(Locale.ROOT));
    }

    /** Whether the data of this address is restricted now. */
    public boolean isRestricted(String email) {
        return email != null && !inForce(email).isEmpty();
    }

    /** The addresses whose data is restricted now (lower case): the retention sweep keeps away from them. */
    public List<String> restrictedAddresses() {
        return jdbc.queryForList("SELECT DISTINCT email FROM processing_restriction WHERE lifted_at IS NULL", String.class);
    }

    /** Someone asked to lift it; a manager decides. @return false when it is not in force */
    public boolean recordLiftAsked(long id, String askedBy) {
        return jdbc.update("UPDATE processing_restriction SET lift_asked_by = ?, lift_asked_at = ? WHERE id = ? AND lifted_at IS NULL",
                askedBy, Timestamp.from(clock.instant()), id) == 1;
    }

    /** A manager decided to lift it, for this reason (the person reads it in the notice). */
    public void recordLiftDecision(long id, String decidedBy, String reason) {
        jdbc.update("UPDATE processing_restriction SET lift_decided_by = ?, lift_decided_at = ?, lift_reason = ?, lift_notice_sent_at = NULL "
                + "WHERE id = ? AND lifted_at IS NULL", decidedBy, Timestamp.from(clock.instant()), reason, id);
    }

    /** The person was told that the restriction will be lifted; from now the notice period runs. */
    public void recordLiftNoticeSent(long id) {
        jdbc.update("UPDATE processing_restriction SET lift_notice_sent_at = ? WHERE id = ? AND lifted_at IS NULL",
                Timestamp.from(clock.instant()), id);
    }

    /** Ends the restriction. @return false when it was no longer in force */
    public boolean lift(long id) {
        return jdbc.update("UPDATE processing_restriction SET lifted_at = ? WHERE id = ? AND lifted_at IS NULL",
                Timestamp.from(clock.instant()), id) == 1;
    }

    @Override
    public Optional<InForce> inForceOn(String email) {
        return email == null ? Optional.empty()
                : inForce(email).stream().findFirst().map(r -> new InForce(reference(r.id()), r.reference(), r.placedAt()));
    }

    @Override
    public Optional<Lifting> lifting(long restrictionId) {
        return find(restrictionId).map(r -> new Lifting(reference(r.id()), r.liftedAt() == null, r.liftDecidedBy(), r.liftDecidedAt(),
                r.liftNoticeSentAt(), r.liftNoticeSentAt() == null ? Instant.MAX : r.liftNoticeSentAt().plus(liftNoticePeriod)));
    }

    /** Restrictions lifted before the date, by the reference their audit entries carry. */
    @Override
    public List<String> casesClosedBefore(Instant before) {
        return jdbc.queryForList("SELECT id FROM processing_restriction WHERE lifted_at < ?", Long.class, Timestamp.from(before))
                .stream().map(ProcessingRestrictions::reference).toList();
    }

    @Override
    public int forgetRecords(Collection<String> closedCases, Instant before) {
        return jdbc.update("DELETE FROM processing_restriction WHERE lifted_at < ?", Timestamp.from(before));
    }

    private List<Restriction> all(String where, Object... args) {
        return jdbc.query("SELECT * FROM processing_restriction " + where + " ORDER BY id", ProcessingRestrictions::row, args);
    }

    private static Restriction row(ResultSet rs, int i) throws SQLException {
        return new Restriction(rs.getLong("id"), rs.getString("email"), rs.getString("reference"), rs.getString("grounds"),
                rs.getString("placed_by"), instant(rs, "placed_at"), rs.getString("lift_asked_by"), instant(rs, "lift_asked_at"),
                rs.getString("lift_decided_by"), instant(rs, "lift_decided_at"), rs.getString("lift_reason"),
                instant(rs, "lift_notice_sent_at"), instant(rs, "lifted_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** A restriction as recorded: whose data, placed by which request, on which grounds, and how far lifting it got. */
    public record Restriction(long id, String email, String reference, String grounds, String placedBy, Instant placedAt,
                              String liftAskedBy, Instant liftAskedAt, String liftDecidedBy, Instant liftDecidedAt, String liftReason,
                              Instant liftNoticeSentAt, Instant liftedAt) {
    }
}
