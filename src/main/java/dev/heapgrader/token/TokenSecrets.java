package dev.heapgrader.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes and hashes token secrets. A secret is {@code hg_} and 32 random bytes (256 bits) in URL-safe Base64, so a
 * plain SHA-256 is enough to store it: there is nothing to brute-force that a slow password hash would protect.
 */
final class TokenSecrets {

    static final int PREFIX_LENGTH = 10;

    private final SecureRandom random = new SecureRandom();

    String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "hg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    static String prefix(String secret) {
        return secret.substring(0, Math.min(PREFIX_LENGTH, secret.length()));
    }
}
