package org.privacyrequests.objection;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import org.privacyrequests.company.KeyedHash;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The addresses that objected to direct marketing (Art. 21(3)), kept as keyed hashes only: enough to recognise the
 * address when a list would add it again, not a list of addresses. Kept for as long as the company markets: the
 * objection does not expire.
 */
@Repository
class MarketingSuppressions {

    private final JdbcTemplate jdbc;
    private final KeyedHash hash;
    private final Clock clock;

    public MarketingSuppressions(JdbcTemplate jdbc, KeyedHash hash, Clock clock) {
        this.jdbc = jdbc;
        this.hash = hash;
        this.clock = clock;
    }

    /** Adds the address (once; a retried step changes nothing). */
    void suppress(String email, String reference) {
        String key = keyOf(email);
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM marketing_suppression WHERE address_hash = ?", Integer.class, key);
        if (known == null || known == 0) {
            jdbc.update("INSERT INTO marketing_suppression (address_hash, reference, suppressed_at) VALUES (?, ?, ?)",
                    key, reference, Timestamp.from(clock.instant()));
        }
    }

    boolean isSuppressed(String email) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM marketing_suppression WHERE address_hash = ?", Integer.class, keyOf(email));
        return n != null && n > 0;
    }

    private String keyOf(String email) {
        return hash.of("marketing-suppression:" + email.trim().toLowerCase(Locale.ROOT));
    }
}
