package org.privacyrequests.lookup.demo;

import java.util.List;
import org.privacyrequests.lookup.DataCategory;
import org.privacyrequests.lookup.PersonalDataSource;
import org.privacyrequests.lookup.PersonalRecord;
import org.privacyrequests.lookup.ProcessingRole;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Visits to the company's website by a visitor who is known by e-mail (logged in or signed up). */
@Component
@ConditionalOnProperty(name = "privacy.demo.enabled", havingValue = "true")
public class WebsiteVisitSource implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    public WebsiteVisitSource(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "Website visits";
    }

    @Override
    public SourceDescription description() {
        return new SourceDescription("Running and securing the website (functional cookies, server logs)",
                "None; analytics (Plausible) receives no personal data", "Your browser when you visited the website");
    }

    @Override
    public List<PersonalRecord> findByEmail(String email) {
        return jdbc.query("""
                SELECT id, visitor_email, ip_address, page, visited_at FROM website_visit
                WHERE LOWER(visitor_email) = LOWER(?) ORDER BY visited_at""",
                (rs, i) -> new PersonalRecord(name(), "website_visit", rs.getString("id"), DataCategory.USAGE,
                        ProcessingRole.CONTROLLER, null, DemoTables.fields(rs, "id"), false, null,
                        rs.getTimestamp("visited_at").toLocalDateTime().toLocalDate()),
                email);
    }

    @Override
    public boolean holdsAddress(String email) {
        return false;
    }

    @Override
    public int apply(ErasureAction action, String recordType, String recordId) {
        long id = Long.parseLong(recordId);
        return switch (action) {
            case KEEP -> 0;
            case ERASE -> jdbc.update("DELETE FROM website_visit WHERE id = ?", id);
            // What stays is the page and the time: useful statistics about no one in particular.
            case ANONYMISE -> jdbc.update("""
                    UPDATE website_visit SET visitor_email = NULL, ip_address = NULL
                    WHERE id = ? AND (visitor_email IS NOT NULL OR ip_address IS NOT NULL)""", id);
        };
    }
}
