package org.privacyrequests.retention;

import java.util.List;
import org.privacyrequests.access.KeepsRecordsAboutPeople;
import org.privacyrequests.access.ProductRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The legal holds placed on a person's data, in force or lifted, for their access answer: when, why, and whether
 * the hold still keeps data from being erased.
 */
@Component
class LegalHoldsOnPeople implements KeepsRecordsAboutPeople {

    private final JdbcTemplate jdbc;

    LegalHoldsOnPeople(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ProductRecord> recordsAbout(String email) {
        return jdbc.query("SELECT id, reason, placed_at, lifted_at FROM legal_hold WHERE email = LOWER(?) ORDER BY placed_at, id",
                (rs, i) -> new ProductRecord(ProductRecord.Kind.LEGAL_HOLD, "LH-" + rs.getLong("id"), rs.getTimestamp("placed_at").toInstant(),
                        rs.getTimestamp("lifted_at") == null, rs.getTimestamp("lifted_at") == null ? List.of() : List.of("lifted"),
                        rs.getString("reason")),
                email.trim());
    }
}
