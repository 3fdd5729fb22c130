package eu.emso.dmp.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Password hashes: BCrypt (cost {@value #COST}, Spring Security Crypto) for storing, and a
 * verification that remembers which (hash, password) pairs it has already checked, so that a
 * logger sending Basic credentials with every request costs one BCrypt check, not one per
 * request. The memory holds keyed digests (HMAC-SHA256 under a key made at start), never
 * passwords; a changed hash (new password, removed account) no longer matches. Thread-safe.
 */
public final class Passwords {
    static final int COST = 11;
    private static final int REMEMBERED = 10_000;
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(COST);
    private final Map<String, Boolean> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private volatile String decoy;

    public Passwords() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        key = new SecretKeySpec(k, "HmacSHA256");
    }

    /** The BCrypt hash to store for {@code password}. */
    public String hash(String password) {
        return bcrypt.encode(password);
    }

    /** Whether {@code password} matches the stored {@code hash}. */
    public boolean matches(String password, String hash) {
        String seen = digest(hash + '\0' + password);
        if (verified.containsKey(seen)) {
            return true;
        }
        boolean ok = bcrypt.matches(password, hash);
        if (ok) {
            if (verified.size() >= REMEMBERED) {
                verified.clear();
            }
            verified.put(seen, Boolean.TRUE);
        }
        return ok;
    }

    /** A hash no password is known for, checked against when a user name is unknown. */
    String decoy() {
        String d = decoy;
        if (d == null) {
            d = hash(generate());
            decoy = d;
        }
        return d;
    }

    /** A random password for generated accounts (the demo user): 18 bytes, base64url. */
    public static String generate() {
        byte[] b = new byte[18];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private String digest(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
