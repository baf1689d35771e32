package org.privacyrequests.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills the demo company's tables with a large data set for benchmarks (default 100,000 customers and
 * 1,000,000 consumer orders with their order lines), once: off by default, switched on with
 * {@code --privacy.demo.large.enabled=true}. Addresses are {@code customer<n>@large.example} and
 * {@code consumer<n>@large.example}; ten orders per consumer.
 */
@Component
@ConditionalOnProperty(name = "privacy.demo.large.enabled", havingValue = "true")
public class LargeDemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(LargeDemoData.class);
    private static final long FIRST_ID = 10_000_000L;
    private static final int BATCH = 10_000;

    private final JdbcTemplate jdbc;
    private final int customers;
    private final int orders;

    public LargeDemoData(JdbcTemplate jdbc, @Value("${privacy.demo.large.customers:100000}") int customers,
                         @Value("${privacy.demo.large.orders:1000000}") int orders) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.orders = orders;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE id = ?", Integer.class, FIRST_ID);
        if (present != null && present > 0) {
            LOG.info("Large demo data set is in place already");
            return;
        }
        long started = System.nanoTime();
        Date since = Date.valueOf(LocalDate.of(2022, 1, 1));
        batches(customers, (from, to) -> {
            List<Object[]> rows = new ArrayList<>();
            for (int i = from; i < to; i++) {
                rows.add(new Object[] {FIRST_ID + i, "Company " + i, "Customer " + i, "customer" + i + "@large.example",
                        i % 10 == 0 ? "cancelled" : "active", since});
            }
            jdbc.batchUpdate("""
                    INSERT INTO customer (id, company_name, contact_name, email, subscription, status, customer_since)
                    VALUES (?, ?, ?, ?, 'Professional', ?, ?)""", rows);
        });
        Timestamp ordered = Timestamp.from(Instant.parse("2026-06-01T10:00:00Z"));
        batches(orders, (from, to) -> {
            List<Object[]> orderRows = new ArrayList<>();
            List<Object[]> lineRows = new ArrayList<>();
            for (int i = from; i < to; i++) {
                long id = FIRST_ID + i;
                orderRows.add(new Object[] {id, 1 + i % 3, "L-" + i, "Consumer " + i / 10, "consumer" + i / 10 + "@large.example",
                        "Straat " + i, ordered});
                lineRows.add(new Object[] {id, id, "Product " + i % 500});
            }
            jdbc.batchUpdate("""
                    INSERT INTO consumer_order (id, webshop_id, order_number, consumer_name, consumer_email, delivery_address,
                        ordered_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'shipped')""", orderRows);
            jdbc.batchUpdate("INSERT INTO order_line (id, order_id, product_name, quantity) VALUES (?, ?, ?, 1)", lineRows);
        });
        LOG.info("Large demo data set: {} customers and {} orders with their lines in {} s", customers, orders,
                (System.nanoTime() - started) / 1_000_000_000);
    }

    private static void batches(int total, Batch batch) {
        for (int from = 0; from < total; from += BATCH) {
            batch.insert(from, Math.min(total, from + BATCH));
        }
    }

    private interface Batch {
        void insert(int from, int to);
    }
}
