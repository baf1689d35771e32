package org.privacyrequests.lookup.demo;

import java.util.List;
import org.privacyrequests.lookup.DataCategory;
import org.privacyrequests.lookup.PersonalDataSource;
import org.privacyrequests.lookup.PersonalRecord;
import org.privacyrequests.lookup.ProcessingRole;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The demo company's financial administration: the invoices of a customer whose contact the person is. */
@Component
@ConditionalOnProperty(name = "privacy.demo.enabled", havingValue = "true")
public class InvoiceSource implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    public InvoiceSource(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "Invoices and payments";
    }

    @Override
    public SourceDescription description() {
        return new SourceDescription("Billing the subscription and the fiscal administration",
                "Accountant and the Dutch tax authority (Belastingdienst); payment provider",
                "Created by the company from the subscription");
    }

    @Override
    public List<PersonalRecord> findByEmail(String email) {
        return jdbc.query("""
                SELECT i.id, i.invoice_number, i.invoice_date, i.amount_eur, i.paid, i.billing_name, i.billing_address,
                       CASE WHEN c.status IN ('active', 'trial') THEN TRUE ELSE FALSE END AS active, c.cancelled_on
                FROM invoice i JOIN customer c ON c.id = i.customer_id
                WHERE LOWER(c.email) = LOWER(?) ORDER BY i.invoice_date""",
                (rs, i) -> new PersonalRecord(name(), "invoice", rs.getString("id"), DataCategory.FINANCIAL,
                        ProcessingRole.CONTROLLER, null, DemoTables.fields(rs, "id", "active", "cancelled_on"),
                        rs.getBoolean("active"), DemoTables.date(rs, "cancelled_on"), DemoTables.date(rs, "invoice_date")),
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
            case ERASE -> jdbc.update("DELETE FROM invoice WHERE id = ?", Long.parseLong(recordId));
            case ANONYMISE -> jdbc.update("""
                    UPDATE invoice SET billing_name = NULL, billing_address = NULL
                    WHERE id = ? AND (billing_name IS NOT NULL OR billing_address IS NOT NULL)""", Long.parseLong(recordId));
        };
    }
}
