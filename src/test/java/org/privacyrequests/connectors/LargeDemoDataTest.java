package org.privacyrequests.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.privacyrequests.demo.LargeDemoData;
import org.privacyrequests.lookup.PersonalDataSearch;
import org.privacyrequests.support.ProductTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The benchmark data generator, on a small scale: it fills the demo tables once, and the connectors find its people. */
@ProductTest
class LargeDemoDataTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired PersonalDataSearch search;
    @Autowired org.privacyrequests.lookup.FoundRecords foundRecords;

    @Test
    void the_generator_fills_customers_and_orders_once_and_a_generated_person_is_found() throws Exception {
        var generator = new LargeDemoData(jdbc, 2_000, 20_000);
        generator.run(null);
        generator.run(null);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE email LIKE '%@large.example'", Integer.class)).isEqualTo(2_000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consumer_order WHERE consumer_email LIKE '%@large.example'", Integer.class))
                .isEqualTo(20_000);
        var result = search.search("DSR-2026-900001", "consumer123@large.example");
        var found = foundRecords.of("DSR-2026-900001");
        assertThat(found).filteredOn(r -> r.recordType().equals("consumer_order")).hasSize(10);
        assertThat(found).filteredOn(r -> r.recordType().equals("order_line")).hasSize(10);
        assertThat(result.count()).isEqualTo(found.size());
        assertThat(result.processorDataFound()).isTrue();
        jdbc.update("DELETE FROM found_record WHERE reference = 'DSR-2026-900001'");
        jdbc.update("DELETE FROM audit_entry WHERE reference = 'DSR-2026-900001'");
    }
}
