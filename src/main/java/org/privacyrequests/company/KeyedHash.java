package org.privacyrequests.company;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A keyed hash (HMAC-SHA256 with the company's secret, {@code privacy.keyed-hash.key}): the same value always
 * gives the same hash, so anonymised records still add up and the public form can count submissions per address,
 * but without the key nobody can try names or addresses until one matches. The key defaults to the anonymisation
 * key the product used before, so hashes already stored keep matching.
 */
@Component
public class KeyedHash {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public KeyedHash(@Value("${privacy.keyed-hash.key}") String key) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The hash of a text, as 64 hexadecimal digits. */
    public String of(String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot hash: " + e.getMessage(), e);
        }
    }
}
