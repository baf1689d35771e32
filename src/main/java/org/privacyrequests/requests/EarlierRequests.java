package org.privacyrequests.requests;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.privacyrequests.company.CompanyProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A requester's earlier requests from the same address within the configured period: support sees them, so that a
 * repeat is a decision (answered again, refused as excessive, or a further copy for a fee) and not an accident.
 */
@Service
public class EarlierRequests {

    private final JdbcTemplate jdbc;
    private final ExcessiveRequestProperties properties;
    private final CompanyProperties company;

    public EarlierRequests(JdbcTemplate jdbc, ExcessiveRequestProperties properties, CompanyProperties company) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.company = company;
    }

    /** The earlier requests of this request's requester, newest first: received within the period before this one. */
    public List<EarlierRequest> of(DataSubjectRequest request) {
        ZoneId zone = company.zone();
        Instant from = request.receivedAt().atZone(zone).minus(properties.repeatWithin()).toInstant();
        return jdbc.query("""
                SELECT reference, received_at, request_types, outcome FROM data_subject_request
                WHERE requester_address = LOWER(?) AND reference <> ? AND received_at >= ? AND received_at <= ?
                ORDER BY received_at DESC""",
                (rs, i) -> new EarlierRequest(rs.getString("reference"), rs.getTimestamp("received_at").toInstant().atZone(zone).toLocalDate(),
                        rs.getString("request_types"), rs.getString("outcome")),
                request.requesterEmail(), request.reference(), Timestamp.from(from), Timestamp.from(request.receivedAt()));
    }

    /** Whether an earlier request from this requester, at any time, was answered with a copy of the data. */
    public boolean copyAnsweredBefore(DataSubjectRequest request) {
        Integer n = jdbc.queryForObject("""
                SELECT COUNT(*) FROM data_subject_request r JOIN request_outcome o ON o.reference = r.reference
                WHERE r.requester_address = LOWER(?) AND r.reference <> ? AND o.outcome = 'ACCESS_ANSWERED' AND r.received_at <= ?""",
                Integer.class, request.requesterEmail(), request.reference(), Timestamp.from(request.receivedAt()));
        return n != null && n > 0;
    }

    /** One earlier request, as support reads it: no personal data beyond the reference and what was asked. */
    public record EarlierRequest(String reference, java.time.LocalDate receivedOn, String rights, String outcome) {

        @Override
        public String toString() {
            return reference + " (received " + receivedOn + ": " + rights + (outcome == null ? "; still open" : "; " + outcome) + ")";
        }
    }
}
