package eu.emso.dmp.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * OIDC bearer tokens: a signed JWT (RS256/384/512, PS256, ES256/384) is accepted when its
 * signature verifies under a key of the issuer's JWKS (fetched from {@code auth.oidc.jwks} and
 * cached, or read once from a {@code file:} URL), its {@code iss} is the issuer, it has not
 * expired, and it names the audience when one is configured (Nimbus JOSE + JWT). Its roles come
 * from the configured claim; the highest of {@code reader}, {@code writer} and {@code admin} found
 * there counts, and a valid token with none of them reads. Thread-safe.
 */
final class BearerTokens {
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.ES256, JWSAlgorithm.ES384);
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final String rolesClaim;

    private BearerTokens(JWKSource<SecurityContext> keys, String issuer, Optional<String> audience, String rolesClaim) {
        this.rolesClaim = rolesClaim;
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience.orElse(null),
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("exp")));
    }

    /** The verifier the settings configure; empty when no issuer is configured. */
    static Optional<BearerTokens> of(AuthSettings settings) {
        if (settings.issuer().isEmpty()) {
            return Optional.empty();
        }
        URI jwks = URI.create(settings.jwks().orElseThrow());
        JWKSource<SecurityContext> keys;
        try {
            keys = "file".equals(jwks.getScheme()) ? new ImmutableJWKSet<>(JWKSet.load(new File(jwks)))
                    : JWKSourceBuilder.create(jwks.toURL()).build();
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("cannot read the JWKS at " + jwks + ": " + e.getMessage(), e);
        }
        return Optional.of(new BearerTokens(keys, settings.issuer().get(), settings.audience(), settings.rolesClaim()));
    }

    /** The caller of {@code token}; an {@link AuthException} saying why when it is not accepted. */
    Caller verify(String token) {
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException e) {
            throw AuthException.unauthorized("the bearer token is not a JWT (nor an API key)");
        } catch (BadJOSEException | JOSEException e) {
            throw AuthException.unauthorized("the bearer token is not accepted: " + e.getMessage());
        }
        Object name = Optional.ofNullable(claims.getClaim("preferred_username")).orElse(claims.getSubject());
        return Caller.of(String.valueOf(name), role(claims), List.of());
    }

    private Role role(JWTClaimsSet claims) {
        Object value = claims.getClaims();
        for (String part : rolesClaim.split("\\.")) {
            value = value instanceof Map<?, ?> m ? m.get(part) : null;
        }
        List<?> names = value instanceof List<?> l ? l : value == null ? List.of() : List.of(value.toString().split("[ ,]"));
        Role best = Role.READER;
        for (Object n : names) {
            Optional<Role> r = Role.named(String.valueOf(n));
            if (r.isPresent() && r.get().includes(best)) {
                best = r.get();
            }
        }
        return best;
    }
}
