package org.privacyrequests.lookup.demo;

import java.util.List;
import org.privacyrequests.lookup.DataCategory;
import org.privacyrequests.lookup.PersonalDataSource;
import org.privacyrequests.lookup.PersonalRecord;
import org.privacyrequests.lookup.ProcessingRole;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** E-mails a person sent to the company's support mailbox, kept to look up what was agreed. */
@Component
@ConditionalOnProperty(name = "privacy.demo.enabled", havingValue = "true")
public class SupportEmailSource implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    public SupportEmailSource(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "Support e-mails";
    }

    @Override
    public SourceDescription description() {
        return new SourceDescription("Answering questions and looking up what was agreed",
                "None outside the company; e-mail hosting provider as sub-processor", "E-mails you sent to the company");
    }

    @Override
    public List<PersonalRecord> findByEmail(String email) {
        return jdbc.query("""
                SELECT e.id, e.from_address, e.subject, e.body, e.received_at,
                       CASE WHEN c.status IN ('active', 'trial') THEN TRUE ELSE FALSE END AS active, c.cancelled_on
                FROM support_email e LEFT JOIN customer c ON LOWER(c.email) = LOWER(e.from_address)
                WHERE LOWER(e.from_address) = LOWER(?) ORDER BY e.received_at""",
                (rs, i) -> new PersonalRecord(name(), "support_email", rs.getString("id"), DataCategory.CORRESPONDENCE,
                        ProcessingRole.CONTROLLER, null, DemoTables.fields(rs, "id", "active", "cancelled_on"),
                        rs.getBoolean("active"), DemoTables.date(rs, "cancelled_on"),
                        rs.getTimestamp("received_at").toLocalDateTime().toLocalDate()),
                email);
    }

    @Override
    public boolean holdsAddress(String email) {
        return false;
    }

    @Override
    public int apply(ErasureAction action, String recordType, String recordId) {
        return switch (action) {
            case KEEP -> 0;
            case ERASE, ANONYMISE -> jdbc.update("DELETE FROM support_email WHERE id = ?", Long.parseLong(recordId));
        };
    }
}
