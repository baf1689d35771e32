package org.privacyrequests.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.privacyrequests.access.AccessAnswers;
import org.privacyrequests.erasure.ErasurePlanItem;
import org.privacyrequests.erasure.ErasurePlans;
import org.privacyrequests.lookup.PersonalDataSource.ErasureAction;
import org.privacyrequests.retention.RetentionPlanner;
import org.privacyrequests.retention.RetentionSweepExecution;
import org.privacyrequests.retention.RetentionSweeps;
import org.privacyrequests.retention.SweepLine;
import org.privacyrequests.support.ProcessScenario;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Storage limitation (Art. 5(1)(e)) told truthfully (Art. 13(2)(a), 15(1)(d)): for each category of a former customer's
 * data, the access answer names the day its period is over, the erasure plan keeps it no longer than that day (less
 * when nothing obliges us to keep it against the person's wish), and the daily sweep takes it on that very day and not
 * the day before. And processor data goes 30 days after the webshop cancels, as the privacy statement says.
 * On days in 2005-2012 with rows of its own, so that no demo data is due on the days that matter.
 */
class StorageLimitationTest extends ProcessScenario {

    private static final String RIA = "ria@storage.example";
    private static final LocalDate CANCELLED = LocalDate.of(2005, 2, 20);

    @Autowired AccessAnswers accessAnswers;
    @Autowired ErasurePlans plans;
    @Autowired RetentionPlanner sweepPlanner;
    @Autowired RetentionSweeps sweeps;
    @Autowired RetentionSweepExecution sweepExecution;

    /** Requests of demo people filed here: removed afterwards, so other scenarios count only their own. */
    private final java.util.List<String> demoRequests = new java.util.ArrayList<>();

    @AfterEach
    void removeOwnRows() {
        demoRequests.forEach(reference -> jdbc.update("DELETE FROM data_subject_request WHERE reference = ?", reference));
        for (String table : new String[] {"shipment", "order_line", "consumer_order", "webshop", "website_visit", "support_email",
                "invoice", "account_user", "customer"}) {
            jdbc.update("DELETE FROM " + table + " WHERE id >= 970000 AND id < 971000");
        }
        jdbc.update("DELETE FROM data_subject_request WHERE requester_email LIKE '%@storage.example'");
    }

    @Test
    void art_5_1_e_and_art_13_2_a_the_access_answer_the_erasure_plan_and_the_sweep_give_each_category_the_same_end() {
        long customer = customer(970001, RIA, "cancelled", CANCELLED);
        jdbc.update("INSERT INTO account_user (id, customer_id, name, email, role, last_login_at) VALUES (970011, ?, 'Ria Storm', ?, 'admin', ?)",
                customer, RIA, Timestamp.from(Instant.parse("2005-02-18T10:00:00Z")));
        jdbc.update("""
                INSERT INTO invoice (id, customer_id, invoice_number, invoice_date, amount_eur, paid, billing_name, billing_address)
                VALUES (970021, ?, 'SL-2004-1', DATE '2004-05-01', 49.00, TRUE, 'Ria Storm', 'Oudestraat 1')""", customer);
        jdbc.update("INSERT INTO website_visit (id, visitor_email, ip_address, page, visited_at) VALUES (970031, ?, '192.0.2.44', '/pricing', ?)",
                RIA, Timestamp.from(Instant.parse("2004-06-10T10:00:00Z")));
        jdbc.update("INSERT INTO support_email (id, from_address, subject, body, received_at) VALUES (970041, ?, 'Opzegging', 'We zeggen op.', ?)",
                RIA, Timestamp.from(Instant.parse("2004-09-01T10:00:00Z")));
        // Per category: the day its period is over, and how the access answer says so.
        record Category(String source, String table, String code, LocalDate endsOn, String answer) {
        }
        var categories = java.util.List.of(
                new Category("Customer accounts", "account_user", "account", LocalDate.of(2005, 3, 22),
                        "erased 30 days after your customer relationship ended (22 March 2005)"),
                new Category("Customer accounts", "customer", "contact", LocalDate.of(2007, 2, 20),
                        "erased 2 years after your customer relationship ended (20 February 2007)"),
                new Category("Invoices and payments", "invoice", "financial", LocalDate.of(2012, 2, 20),
                        "erased 7 years after your customer relationship ended (20 February 2012)"),
                new Category("Website visits", "website_visit", "usage", LocalDate.of(2005, 8, 10),
                        "anonymised 14 months after your visit (10 August 2005)"),
                new Category("Support e-mails", "support_email", "correspondence", LocalDate.of(2009, 9, 1),
                        "erased 5 years after we received your e-mail (1 September 2009)"));

        // The sweep: due on the day the period is over, not the day before.
        for (Category c : categories) {
            long dayBefore = dueOn(c.endsOn().minusDays(1), c.source(), c.table());
            long onTheDay = dueOn(c.endsOn(), c.source(), c.table());
            assertThat(onTheDay - dayBefore).as(c.code() + ": the sweep takes it on " + c.endsOn()).isEqualTo(1);
        }

        moveClockTo(Instant.parse("2005-03-01T09:00:00Z"));
        // The access answer: the period, and the day it ends.
        ProcessInstance access = fileRequest(RIA, "en", "access");
        complete(access, "UserTask_ReviewAccessAnswer", "support", Map.of("accessAnswerApproved", "yes"));
        String overview = accessAnswers.find(reference(access)).orElseThrow().html();
        for (Category c : categories) {
            assertThat(overview).as(c.code()).contains(c.answer());
        }

        // The erasure plan: kept until that day where the law or a claim needs it, erased or anonymised at once otherwise.
        ProcessInstance erasure = fileRequest(RIA, "en", "erasure");
        Map<String, ErasurePlanItem> plan = plans.of(reference(erasure)).stream()
                .collect(Collectors.toMap(ErasurePlanItem::category, i -> i));
        assertThat(plan.get("financial").action()).isEqualTo(ErasureAction.KEEP);
        assertThat(plan.get("financial").keepUntil()).as("the fiscal duty").isEqualTo(LocalDate.of(2012, 2, 20));
        assertThat(plan.get("correspondence").action()).isEqualTo(ErasureAction.KEEP);
        assertThat(plan.get("correspondence").keepUntil()).as("evidence of what was agreed").isEqualTo(LocalDate.of(2009, 9, 1));
        assertThat(plan.get("contact").action()).as("a return is our interest; her wish comes first").isEqualTo(ErasureAction.ERASE);
        assertThat(plan.get("account").action()).as("the 30 days are a grace period, not a duty").isEqualTo(ErasureAction.ERASE);
        assertThat(plan.get("usage").action()).isEqualTo(ErasureAction.ANONYMISE);
    }

    @Test
    void art_15_1_d_the_access_answer_to_the_demo_customer_jan_states_the_14_months_of_his_website_visits() {
        ProcessInstance access = fileRequest("jan@bakkerijdevries.nl", "nl", "access");
        demoRequests.add(reference(access));
        complete(access, "UserTask_ReviewAccessAnswer", "support", Map.of("accessAnswerApproved", "yes"));

        String overview = accessAnswers.find(reference(access)).orElseThrow().html();
        assertThat(overview).contains("geanonimiseerd 14 maanden na uw bezoek (15 november 2027)",
                "verwijderd 5 jaar na de ontvangst van uw e-mail",
                "bewaard zolang u klant bij ons bent, verwijderd 7 jaar nadat dat eindigt");
    }

    @Test
    void art_28_3_g_a_webshops_orders_are_erased_30_days_after_the_webshop_cancels_and_not_before() {
        long cancelledShop = webshop(970101, customer(970002, "owner@cancelled-shop.storage.example", "cancelled", CANCELLED));
        long runningShop = webshop(970102, customer(970003, "owner@running-shop.storage.example", "active", null));
        order(970201, cancelledShop, "kees@storage.example", 970301, 970302, 970401);
        order(970202, runningShop, "kees@storage.example", 970303, 970304, 970402);

        moveClockTo(Instant.parse("2005-03-21T09:00:00Z"));
        var dayBefore = sweepPlanner.plan(true);
        assertThat(line(dayBefore.sweepId(), "Webshop orders (on behalf of webshops)", "consumer_order")).hasValueSatisfying(l -> {
            assertThat(l.rule()).isEqualTo("Data held for a webshop: erased 30 days after the webshop cancels");
            assertThat(l.rowsDue()).as("29 days after the webshop cancelled").isZero();
        });

        moveClockTo(Instant.parse("2005-03-22T09:00:00Z"));
        var onTheDay = sweepPlanner.plan(false);
        assertThat(onTheDay.needsApproval()).isFalse();
        sweepExecution.execute(onTheDay.sweepId());

        assertThat(count("consumer_order", 970201) + count("order_line", 970301) + count("order_line", 970302) + count("shipment", 970401))
                .as("the cancelled webshop's order, its lines and its shipment: gone 30 days after it cancelled").isZero();
        assertThat(count("consumer_order", 970202) + count("order_line", 970303) + count("order_line", 970304) + count("shipment", 970402))
                .as("a running webshop's order stays").isEqualTo(4);
        assertThat(sweeps.lines(onTheDay.sweepId())).filteredOn(l -> l.source().startsWith("Webshop orders"))
                .extracting(SweepLine::table, SweepLine::rowsDone)
                .as("rows that point to an order go before it")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("shipment", 1L), org.assertj.core.groups.Tuple.tuple("order_line", 2L),
                        org.assertj.core.groups.Tuple.tuple("consumer_order", 1L));
    }

    /** The rows of one table a dry run of the sweep finds due on a day. */
    private long dueOn(LocalDate day, String source, String table) {
        moveClockTo(day.atTime(9, 0).atZone(java.time.ZoneId.of("Europe/Amsterdam")).toInstant());
        return line(sweepPlanner.plan(true).sweepId(), source, table).map(SweepLine::rowsDue).orElse(0L);
    }

    private Optional<SweepLine> line(long sweepId, String source, String table) {
        return sweeps.lines(sweepId).stream().filter(l -> l.source().equals(source) && l.table().equals(table)).findFirst();
    }

    private long customer(long id, String email, String status, LocalDate cancelledOn) {
        jdbc.update("""
                INSERT INTO customer (id, company_name, contact_name, email, phone, billing_address, postal_code, city, country,
                    subscription, status, customer_since, cancelled_on)
                VALUES (?, ?, 'Ria Storm', ?, '+31 6 0000 0000', 'Oudestraat 1', '1234 AB', 'Arnhem', 'NL', 'Starter', ?, DATE '2001-01-01', ?)""",
                id, "Storage company " + id, email, status, cancelledOn == null ? null : Date.valueOf(cancelledOn));
        return id;
    }

    private long webshop(long id, long customer) {
        jdbc.update("INSERT INTO webshop (id, customer_id, name, domain, privacy_contact_email, language) VALUES (?, ?, ?, ?, ?, 'nl')",
                id, customer, "Shop " + id, "shop" + id + ".example", "privacy@shop" + id + ".example");
        return id;
    }

    private void order(long id, long webshop, String consumer, long line1, long line2, long shipment) {
        jdbc.update("""
                INSERT INTO consumer_order (id, webshop_id, order_number, consumer_name, consumer_email, consumer_phone, delivery_address,
                    postal_code, city, country, ordered_at, status)
                VALUES (?, ?, ?, 'Kees Klant', ?, '+31 6 1111 1111', 'Kade 1', '1234 AB', 'Arnhem', 'NL', TIMESTAMP '2004-12-01 10:00:00', 'delivered')""",
                id, webshop, "SL-" + id, consumer);
        jdbc.update("INSERT INTO order_line (id, order_id, product_name, quantity) VALUES (?, ?, 'Koffiebonen', 1), (?, ?, 'Filters', 2)",
                line1, id, line2, id);
        jdbc.update("INSERT INTO shipment (id, order_id, carrier, tracking_code, shipped_at) VALUES (?, ?, 'PakketDirect', 'SL1', TIMESTAMP '2004-12-02 10:00:00')",
                shipment, id);
    }

    private int count(String table, long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE id = ?", Integer.class, id);
    }
}
