package org.privacyrequests.lookup.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.privacyrequests.lookup.DataCategory;
import org.privacyrequests.lookup.PersonalDataSource;
import org.privacyrequests.lookup.PersonalRecord;
import org.privacyrequests.lookup.ProcessingRole;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo company's customer administration: customers (and trial applicants) with their contact
 * details, and the users of their accounts. The company is controller.
 */
@Component
@ConditionalOnProperty(name = "privacy.demo.enabled", havingValue = "true")
public class CustomerAccountSource implements PersonalDataSource {

    static final String NAME = "Customer accounts";
    private static final String ACTIVE = "status IN ('active', 'trial')";

    private final JdbcTemplate jdbc;

    public CustomerAccountSource(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SourceDescription description() {
        return new SourceDescription("Providing the subscription, support and billing contact",
                "None outside the company; hosting provider as sub-processor", "Provided by the customer at sign-up and in the account");
    }

    @Override
    public List<PersonalRecord> findByEmail(String email) {
        List<PersonalRecord> records = new ArrayList<>(jdbc.query("""
                SELECT id, company_name, contact_name, email, phone, billing_address, postal_code, city, country,
                       subscription, status, customer_since, cancelled_on, CASE WHEN %s THEN TRUE ELSE FALSE END AS active
                FROM customer WHERE LOWER(email) = LOWER(?) ORDER BY id""".formatted(ACTIVE),
                (rs, i) -> new PersonalRecord(NAME, "customer", rs.getString("id"), DataCategory.CONTACT,
                        ProcessingRole.CONTROLLER, null, DemoTables.fields(rs, "id", "active"), rs.getBoolean("active"),
                        DemoTables.date(rs, "cancelled_on"), DemoTables.date(rs, "customer_since")),
                email));
        records.addAll(jdbc.query("""
                SELECT u.id, u.name, u.email, u.role, u.last_login_at, c.company_name,
                       CASE WHEN c.%s THEN TRUE ELSE FALSE END AS active, c.cancelled_on, c.customer_since
                FROM account_user u JOIN customer c ON c.id = u.customer_id
                WHERE LOWER(u.email) = LOWER(?) ORDER BY u.id""".formatted(ACTIVE),
                (rs, i) -> new PersonalRecord(NAME, "account_user", rs.getString("id"), DataCategory.ACCOUNT,
                        ProcessingRole.CONTROLLER, null,
                        DemoTables.fields(rs, "id", "active", "cancelled_on", "customer_since"), rs.getBoolean("active"),
                        DemoTables.date(rs, "cancelled_on"), DemoTables.date(rs, "customer_since")),
                email));
        return records;
    }

    @Override
    public boolean holdsAddress(String email) {
        Integer n = jdbc.queryForObject("""
                SELECT (SELECT COUNT(*) FROM customer WHERE LOWER(email) = LOWER(?))
                     + (SELECT COUNT(*) FROM account_user WHERE LOWER(email) = LOWER(?))""", Integer.class, email, email);
        return n != null && n > 0;
    }

    @Override
    public int apply(ErasureAction action, String recordType, String recordId) {
        long id = Long.parseLong(recordId);
        return switch (action) {
            case KEEP -> 0;
            // The customer row stays while invoices point to it; its personal fields go.
            case ERASE, ANONYMISE -> "customer".equals(recordType)
                    ? jdbc.update("""
                        UPDATE customer SET contact_name = NULL, email = NULL, phone = NULL, billing_address = NULL,
                               postal_code = NULL WHERE id = ? AND (contact_name IS NOT NULL OR email IS NOT NULL
                               OR phone IS NOT NULL OR billing_address IS NOT NULL OR postal_code IS NOT NULL)""", id)
                    : jdbc.update("DELETE FROM account_user WHERE id = ?", id);
        };
    }

    @Override
    public int correct(String email, Map<String, String> corrections) {
        int changed = 0;
        for (var correction : corrections.entrySet()) {
            String column = switch (correction.getKey()) {
                case "contactName" -> "contact_name";
                case "phone" -> "phone";
                case "billingAddress" -> "billing_address";
                case "postalCode" -> "postal_code";
                case "city" -> "city";
                case "email" -> null;
                default -> throw new IllegalArgumentException("Unknown field to correct: " + correction.getKey());
            };
            if (column != null) {
                changed += jdbc.update("UPDATE customer SET " + column + " = ? WHERE LOWER(email) = LOWER(?)",
                        correction.getValue(), email);
            }
            if ("contact_name".equals(column)) {
                changed += jdbc.update("UPDATE account_user SET name = ? WHERE LOWER(email) = LOWER(?)", correction.getValue(), email);
            }
        }
        // The address itself last: the other corrections find the rows by the old one.
        String newEmail = corrections.get("email");
        if (newEmail != null) {
            changed += jdbc.update("UPDATE customer SET email = ? WHERE LOWER(email) = LOWER(?)", newEmail, email);
            changed += jdbc.update("UPDATE account_user SET email = ? WHERE LOWER(email) = LOWER(?)", newEmail, email);
        }
        return changed;
    }
}
