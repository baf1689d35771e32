package org.privacyrequests.support;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * People of its own for a test that changes data (erasure, correction), so that no test depends on what
 * another one erased. Rows go into the demo company's tables with ids far above the demo data's.
 */
public class TestCompany {

    private static final AtomicLong IDS = new AtomicLong(900_000);

    private final JdbcTemplate jdbc;

    public TestCompany(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An active customer with a contact address, an account user, invoices and website visits. */
    public long activeCustomer(String email, int invoices, int visits) {
        return customer(email, "active", null, invoices, visits);
    }

    /** A customer whose subscription ended on the given date. */
    public long formerCustomer(String email, LocalDate cancelledOn, int invoices) {
        return customer(email, "cancelled", cancelledOn, invoices, 0);
    }

    private long customer(String email, String status, LocalDate cancelledOn, int invoices, int visits) {
        long id = IDS.incrementAndGet();
        jdbc.update("""
                INSERT INTO customer (id, company_name, contact_name, email, phone, billing_address, postal_code, city, country,
                    subscription, status, customer_since, cancelled_on)
                VALUES (?, ?, 'Test Person', ?, '+31 6 0000 0000', 'Teststraat 1', '1234 AB', 'Arnhem', 'NL', 'Professional', ?, ?, ?)""",
                id, "Test company " + id, email, status, Date.valueOf(LocalDate.of(2020, 1, 1)),
                cancelledOn == null ? null : Date.valueOf(cancelledOn));
        jdbc.update("INSERT INTO account_user (id, customer_id, name, email, role, last_login_at) VALUES (?, ?, 'Test Person', ?, 'owner', ?)",
                IDS.incrementAndGet(), id, email, Timestamp.from(Instant.parse("2026-11-01T10:00:00Z")));
        for (int i = 0; i < invoices; i++) {
            jdbc.update("""
                    INSERT INTO invoice (id, customer_id, invoice_number, invoice_date, amount_eur, paid, billing_name, billing_address)
                    VALUES (?, ?, ?, ?, 49.00, ?, 'Test Person', 'Teststraat 1')""",
                    IDS.incrementAndGet(), id, "T-" + id + "-" + i, Date.valueOf(LocalDate.of(2022 + i % 4, 3, 1)), i != 0);
        }
        for (int i = 0; i < visits; i++) {
            jdbc.update("INSERT INTO website_visit (id, visitor_email, ip_address, page, visited_at) VALUES (?, ?, '192.0.2.10', '/pricing', ?)",
                    IDS.incrementAndGet(), email, Timestamp.from(Instant.parse("2026-10-0" + (i % 9 + 1) + "T12:00:00Z")));
        }
        return id;
    }

    /**
     * A consumer who ordered once at each of these webshops (processor data): an order with a line and a shipment.
     * @return the order ids, in the order of the webshops
     */
    public java.util.List<Long> consumer(String email, long... webshops) {
        java.util.List<Long> orders = new java.util.ArrayList<>();
        for (long webshop : webshops) {
            long order = IDS.incrementAndGet();
            jdbc.update("""
                    INSERT INTO consumer_order (id, webshop_id, order_number, consumer_name, consumer_email, consumer_phone,
                        delivery_address, postal_code, city, country, ordered_at, status)
                    VALUES (?, ?, ?, 'Test Consument', ?, '+31 6 1111 2222', 'Testlaan 2', '1234 AB', 'Arnhem', 'NL', ?, 'delivered')""",
                    order, webshop, "T-" + order, email, Timestamp.from(Instant.parse("2026-10-01T12:00:00Z")));
            jdbc.update("INSERT INTO order_line (id, order_id, product_name, quantity) VALUES (?, ?, 'Testproduct', 1)", IDS.incrementAndGet(), order);
            jdbc.update("INSERT INTO shipment (id, order_id, carrier, tracking_code, shipped_at) VALUES (?, ?, 'PostNL', ?, ?)",
                    IDS.incrementAndGet(), order, "3STEST" + order, Timestamp.from(Instant.parse("2026-10-02T12:00:00Z")));
            orders.add(order);
        }
        return orders;
    }

    /** A subscription to the newsletter (direct marketing), which an objection to direct marketing ends. */
    public long newsletterSubscriber(String email) {
        long id = IDS.incrementAndGet();
        jdbc.update("INSERT INTO newsletter_subscriber (id, email, name, subscribed_at, signed_up_via) VALUES (?, ?, 'Test Person', ?, '/nl/nieuwsbrief')",
                id, email, Timestamp.from(Instant.parse("2026-06-01T10:00:00Z")));
        return id;
    }

    public int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
