package org.privacyrequests.lookup.demo;

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
 * Orders that consumers placed at webshops using the product, with their lines and shipments. The
 * company only processes these on behalf of each webshop (Art. 28): the webshop decides on a request.
 */
@Component
@ConditionalOnProperty(name = "privacy.demo.enabled", havingValue = "true")
public class WebshopOrderSource implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    public WebshopOrderSource(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "Webshop orders (on behalf of webshops)";
    }

    @Override
    public SourceDescription description() {
        return new SourceDescription("Picking, packing and shipping orders for the webshop where the order was placed",
                "The webshop (controller) and the carrier it chose", "The webshop where the order was placed");
    }

    @Override
    public List<PersonalRecord> findByEmail(String email) {
        return jdbc.query("""
                SELECT o.id, o.webshop_id, w.name AS webshop, o.order_number, o.consumer_name, o.consumer_email,
                       o.consumer_phone, o.delivery_address, o.postal_code, o.city, o.country, o.ordered_at, o.status
                FROM consumer_order o JOIN webshop w ON w.id = o.webshop_id
                WHERE LOWER(o.consumer_email) = LOWER(?) ORDER BY o.ordered_at""",
                (rs, i) -> {
                    Map<String, Object> fields = DemoTables.fields(rs, "id", "webshop_id");
                    long orderId = rs.getLong("id");
                    fields.put("order_lines", jdbc.queryForList(
                            "SELECT product_name, quantity FROM order_line WHERE order_id = ? ORDER BY id", orderId));
                    fields.put("shipments", jdbc.queryForList(
                            "SELECT carrier, tracking_code, shipped_at FROM shipment WHERE order_id = ? ORDER BY id", orderId)
                            .stream().map(row -> {
                                row.computeIfPresent("shipped_at", (k, v) -> v.toString());
                                return row;
                            }).toList());
                    return new PersonalRecord(name(), "consumer_order", String.valueOf(orderId), DataCategory.ORDER,
                            ProcessingRole.PROCESSOR, rs.getLong("webshop_id"), fields, true, null,
                            rs.getTimestamp("ordered_at").toLocalDateTime().toLocalDate());
                },
                email);
    }

    @Override
    public boolean holdsAddress(String email) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM consumer_order WHERE LOWER(consumer_email) = LOWER(?)",
                Integer.class, email);
        return n != null && n > 0;
    }

    /** Processor data is only changed on the webshop's documented instruction, never from a request plan. */
    @Override
    public int apply(ErasureAction action, String recordType, String recordId) {
        return 0;
    }
}
