package org.privacyrequests.complaints;

import java.util.List;
import org.privacyrequests.access.KeepsRecordsAboutPeople;
import org.privacyrequests.access.ProductRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The complaints a person filed, for their access answer: reference, date received, open or how it ended. */
@Component
class ComplaintsAboutPeople implements KeepsRecordsAboutPeople {

    private final JdbcTemplate jdbc;

    ComplaintsAboutPeople(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ProductRecord> recordsAbout(String email) {
        return jdbc.query("""
                SELECT reference, received_at, status, outcome FROM privacy_complaint
                WHERE LOWER(complainant_email) = LOWER(?) ORDER BY received_at, reference""",
                (rs, i) -> new ProductRecord(ProductRecord.Kind.COMPLAINT, rs.getString("reference"), rs.getTimestamp("received_at").toInstant(),
                        !"CLOSED".equals(rs.getString("status")),
                        rs.getString("outcome") == null ? List.of() : List.of(rs.getString("outcome")), null),
                email);
    }
}
