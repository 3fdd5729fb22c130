package eu.emso.dmp.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API keys for instruments and loggers: {@value #PREFIX} followed by 32 random bytes (base64url).
 * A key has 256 bits of entropy, so its SHA-256 digest is a safe thing to store and to look it
 * up by; the key itself is shown once, when it is made. Thread-safe.
 */
public final class ApiKeys {
    /** Every key starts with this, which tells keys from passwords and tokens. */
    public static final String PREFIX = "dmpk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    /** A new key. */
    public static String generate() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Whether {@code text} has the form of a key. */
    public static boolean looksLikeKey(String text) {
        return text != null && text.startsWith(PREFIX);
    }

    /** The stored digest of {@code key}: SHA-256, hex. */
    public static String digest(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
