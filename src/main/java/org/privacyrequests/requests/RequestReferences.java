package org.privacyrequests.requests;

import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out request references such as {@code DSR-2026-000123}: the business key a requester quotes and
 * staff search for. Numbers restart each year and never repeat, also with several engine nodes.
 */
@Service
public class RequestReferences {

    public static final String PATTERN = "DSR-\\d{4}-\\d{6}";

    private final JdbcTemplate jdbc;

    public RequestReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String next() {
        int year = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Europe/Amsterdam")).getYear();
        // The UPDATE takes a row lock, so two nodes asking at once get consecutive numbers.
        int updated = jdbc.update("UPDATE request_reference_counter SET last_number = last_number + 1 WHERE reference_year = ?", year);
        if (updated == 0) {
            try {
                jdbc.update("INSERT INTO request_reference_counter (reference_year, last_number) VALUES (?, 1)", year);
            } catch (org.springframework.dao.DuplicateKeyException raced) {
                jdbc.update("UPDATE request_reference_counter SET last_number = last_number + 1 WHERE reference_year = ?", year);
            }
        }
        Integer number = jdbc.queryForObject("SELECT last_number FROM request_reference_counter WHERE reference_year = ?", Integer.class, year);
        return "DSR-%d-%06d".formatted(year, number);
    }
}
