package org.privacyrequests.connectors;

import org.privacyrequests.company.KeyedHash;
import org.springframework.stereotype.Component;

/**
 * Replaces a personal value by a keyed hash (HMAC-SHA256 with the company's secret key): the same value
 * always gives the same stand-in, so statistics still add up, but it cannot be turned back without the key.
 * Stand-ins start with {@code anon:}, so anonymising again leaves them as they are.
 */
@Component
class Anonymiser {

    static final String PREFIX = "anon:";
    /** How many hexadecimal digits of the hash a stand-in keeps. */
    static final int DIGITS = 24;
    /** The length of every stand-in: what a hashed column must take (the start-up check asks the database). */
    static final int LENGTH = PREFIX.length() + DIGITS;

    private final KeyedHash keyedHash;

    public Anonymiser(KeyedHash keyedHash) {
        this.keyedHash = keyedHash;
    }

    public String hash(String value) {
        if (value == null || value.startsWith(PREFIX)) {
            return value;
        }
        return PREFIX + keyedHash.of(value).substring(0, DIGITS);
    }
}
