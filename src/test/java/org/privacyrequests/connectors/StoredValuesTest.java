package org.privacyrequests.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Stored values as a requester reads them and as the retention rules date them; keys and identifiers bound as the database types them. */
class StoredValuesTest {

    @Test
    void dates_read_as_stored_without_this_servers_zone() {
        assertThat(StoredValues.readable(Timestamp.valueOf(LocalDateTime.of(2026, 3, 1, 23, 30)))).isEqualTo("2026-03-01T23:30");
        assertThat(StoredValues.readable(Date.valueOf(LocalDate.of(2026, 3, 1)))).isEqualTo("2026-03-01");
        assertThat(StoredValues.readable(OffsetDateTime.of(2026, 3, 1, 23, 30, 0, 0, ZoneOffset.ofHours(1))))
                .isEqualTo("2026-03-01T22:30:00Z");
    }

    @Test
    void numbers_and_booleans_stay_as_they_are_and_the_rest_reads_as_text() {
        assertThat(StoredValues.readable(42L)).isEqualTo(42L);
        assertThat(StoredValues.readable(new BigDecimal("12.50"))).isEqualTo(new BigDecimal("12.50"));
        assertThat(StoredValues.readable(true)).isEqualTo(true);
        assertThat(StoredValues.readable(null)).isNull();
        assertThat(StoredValues.readable(new StringBuilder("Jan"))).isEqualTo("Jan");
    }

    @Test
    void a_record_date_is_the_date_of_whatever_the_driver_returns() {
        LocalDate day = LocalDate.of(2019, 12, 31);
        assertThat(StoredValues.localDate(Date.valueOf(day))).isEqualTo(day);
        assertThat(StoredValues.localDate(Timestamp.valueOf(day.atTime(23, 59)))).isEqualTo(day);
        assertThat(StoredValues.localDate(OffsetDateTime.of(day.atTime(23, 59), ZoneOffset.ofHours(-5)))).isEqualTo(day);
        assertThat(StoredValues.localDate(day)).isEqualTo(day);
        assertThat(StoredValues.localDate("2019-12-31 23:59:59")).isEqualTo(day);
        assertThat(StoredValues.localDate(null)).isNull();
    }

    @Test
    void a_numeric_key_is_bound_as_a_number_and_a_text_key_as_text() {
        assertThat(new ResolvedTable.KeyColumn("\"id\"", true).bound("0042")).isEqualTo(new BigDecimal("42"));
        assertThat(new ResolvedTable.KeyColumn("\"factuurnummer\"", false).bound("0042")).isEqualTo("0042");
        assertThat(new ResolvedTable.KeyColumn("\"id\"", true).of(Map.of("id", 7))).isEqualTo(7);
    }

    @Test
    void an_identifier_only_matches_numeric_columns_when_it_is_digits() {
        var identity = new ResolvedTable.IdentityColumns(List.of("\"email\"", "\"email2\""), IdentityMatch.EXACT, true,
                Map.of("customer-number", List.of("\"id\"", "\"code\"")), Set.of("\"id\""));
        assertThat(identity.usable("customer-number", "1234")).containsExactly("\"id\"", "\"code\"");
        assertThat(identity.usable("customer-number", "K-1234")).containsExactly("\"code\"");
        assertThat(identity.usable("phone", "0612345678")).isEmpty();
        assertThat(identity.bound("\"id\"", "1234")).isEqualTo(new BigDecimal("1234"));
        assertThat(identity.bound("\"code\"", "1234")).isEqualTo("1234");
        assertThat(identity.condition()).isEqualTo("\"email\" = LOWER(?) OR \"email2\" = LOWER(?)");
        assertThat(identity.values("a@b.nl")).containsExactly("a@b.nl", "a@b.nl");
        var anyCase = new ResolvedTable.IdentityColumns(List.of("\"email\""), IdentityMatch.CASE_INSENSITIVE, false, Map.of(), Set.of());
        assertThat(anyCase.condition()).isEqualTo("LOWER(\"email\") = LOWER(?)");
    }
}
