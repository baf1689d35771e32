package org.privacyrequests.intake;

import java.util.List;
import org.privacyrequests.access.KeepsRecordsAboutPeople;
import org.privacyrequests.access.ProductRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The mails a person sent to the support mailbox that the product keeps (the intake's record of each, and the mails
 * kept with a request or complaint), for their access answer: when, its subject, and the case it belongs to.
 */
@Component
class MailsFromPeople implements KeepsRecordsAboutPeople {

    private final JdbcTemplate jdbc;

    MailsFromPeople(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ProductRecord> recordsAbout(String email) {
        return jdbc.query("""
                SELECT message_id, MIN(received_at) AS received_at, MAX(subject) AS subject, MAX(reference) AS reference FROM (
                    SELECT message_id, received_at, subject, reference FROM incoming_mail WHERE LOWER(from_address) = LOWER(?)
                    UNION ALL
                    SELECT message_id, received_at, subject, reference FROM correspondence WHERE LOWER(from_address) = LOWER(?)
                ) kept GROUP BY message_id ORDER BY MIN(received_at), message_id""",
                (rs, i) -> new ProductRecord(ProductRecord.Kind.MAIL, rs.getString("reference"), rs.getTimestamp("received_at").toInstant(),
                        false, List.of(), rs.getString("subject")),
                email, email);
    }
}
