package org.privacyrequests.connectors;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Replaces a personal value by a keyed hash (HMAC-SHA256 with the company's secret key): the same value
 * always gives the same stand-in, so statistics still add up, but it cannot be turned back without the key.
 * Stand-ins start with {@code anon:}, so anonymising again leaves them as they are.
 */
@Component
public class Anonymiser {

    static final String PREFIX = "anon:";

    private final SecretKeySpec key;

    public Anonymiser(@Value("${privacy.connectors.anonymisation-key}") String key) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String hash(String value) {
        if (value == null || value.startsWith(PREFIX)) {
            return value;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8))).substring(0, 24);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Cannot anonymise: " + e.getMessage(), e);
        }
    }
}
