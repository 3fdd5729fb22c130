package eu.emso.dmp.server.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Tells who sent a request from its credentials: {@code Authorization: Basic} (a user's name and
 * password), {@code X-API-Key: KEY} or {@code Authorization: Bearer KEY} (an API key), or
 * {@code Authorization: Bearer JWT} (an OIDC token, when an issuer is configured). No credentials
 * is {@link Caller#ANONYMOUS}; credentials that do not check out are an {@link AuthException}
 * (401), whatever the request. Thread-safe.
 */
public final class Authenticator {
    private final Supplier<Accounts> accounts;
    private final Optional<BearerTokens> tokens;

    /** @param accounts the accounts (may throw while the server is starting) */
    public Authenticator(Supplier<Accounts> accounts, AuthSettings settings) {
        this.accounts = accounts;
        this.tokens = BearerTokens.of(settings);
    }

    /** The caller of a request with these header values (each may be null). */
    public Caller caller(String authorization, String apiKey) {
        if (apiKey != null && !apiKey.isBlank()) {
            return key(apiKey.strip());
        }
        if (authorization == null || authorization.isBlank()) {
            return Caller.ANONYMOUS;
        }
        String[] parts = authorization.strip().split("\\s+", 2);
        String scheme = parts[0];
        String value = parts.length > 1 ? parts[1].strip() : "";
        if (scheme.equalsIgnoreCase("Basic")) {
            return basic(value);
        }
        if (scheme.equalsIgnoreCase("Bearer")) {
            if (ApiKeys.looksLikeKey(value)) {
                return key(value);
            }
            return tokens.orElseThrow(() -> AuthException.unauthorized("bearer tokens are not accepted here: no "
                    + "OIDC issuer is configured (auth.oidc.issuer); use an API key or Basic")).verify(value);
        }
        throw AuthException.unauthorized("the authorization scheme '" + scheme + "' is not supported: use Basic, "
                + "Bearer or X-API-Key");
    }

    /** The caller of an MQTT CONNECT: a user name and password, or any user name and an API key as password. */
    public Optional<Caller> mqtt(String user, String password) {
        if (ApiKeys.looksLikeKey(password)) {
            return accounts.get().apiKey(password);
        }
        return user == null || password == null ? Optional.empty() : accounts.get().password(user, password);
    }

    private Caller basic(String value) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw AuthException.unauthorized("the Basic credentials are not base64 of 'name:password'");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw AuthException.unauthorized("the Basic credentials are not base64 of 'name:password'");
        }
        return accounts.get().password(decoded.substring(0, colon), decoded.substring(colon + 1))
                .orElseThrow(() -> AuthException.unauthorized("unknown user or wrong password"));
    }

    private Caller key(String key) {
        return accounts.get().apiKey(key).orElseThrow(() -> AuthException.unauthorized("unknown API key"));
    }
}
