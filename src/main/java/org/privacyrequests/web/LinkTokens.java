package org.privacyrequests.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The single-use links mailed to a requester (the public form's confirmation, the confirmation of a request by
 * e-mail): a random token that only the mail holds, and its SHA-256, which is all the database keeps.
 */
public final class LinkTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        return hash(token.getBytes(StandardCharsets.UTF_8));
    }

    /** The SHA-256 of some bytes as 64 hexadecimal digits: the one plain (unkeyed) hash of the product. */
    public static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The link to a page of this product: the configured base address (never the Host header) plus path and token. */
    public static String link(String baseUrl, String path, String token) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + path + "?token=" + token;
    }
}
