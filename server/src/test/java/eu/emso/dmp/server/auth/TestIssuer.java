package eu.emso.dmp.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * An OIDC issuer for the tests: an RSA key whose public half is served as a JWKS on a local
 * port, and signed tokens with any claims. A second key, not published, signs forged tokens.
 */
final class TestIssuer implements AutoCloseable {
    static final String AUDIENCE = "dmp";
    private final RSAKey key;
    private final RSAKey stranger;
    private final HttpServer http;

    TestIssuer() throws JOSEException, IOException {
        key = new RSAKeyGenerator(2048).keyID("test-key").generate();
        stranger = new RSAKeyGenerator(2048).keyID("test-key").generate();
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        http.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(jwks);
            }
        });
        http.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/realm";
    }

    String jwks() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/jwks";
    }

    /** A token of this issuer for {@code audience}, with these roles, valid for {@code life} (negative: expired). */
    String token(String subject, List<String> roles, String audience, Duration life) throws JOSEException {
        return sign(key, issuer(), subject, roles, audience, life);
    }

    /** A token naming this issuer but signed with a key it never published. */
    String forged(String subject, List<String> roles) throws JOSEException {
        return sign(stranger, issuer(), subject, roles, AUDIENCE, Duration.ofMinutes(5));
    }

    /** A token signed by this issuer's key but naming another issuer. */
    String otherIssuer(String subject, List<String> roles) throws JOSEException {
        return sign(key, "http://elsewhere.example/realm", subject, roles, AUDIENCE, Duration.ofMinutes(5));
    }

    private static String sign(RSAKey k, String iss, String subject, List<String> roles, String audience,
                               Duration life) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(iss).subject(subject).audience(audience)
                .issueTime(Date.from(now.minus(Duration.ofMinutes(30)))).expirationTime(Date.from(now.plus(life)))
                .claim("realm_access", java.util.Map.of("roles", roles)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(k.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(k));
        return jwt.serialize();
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
