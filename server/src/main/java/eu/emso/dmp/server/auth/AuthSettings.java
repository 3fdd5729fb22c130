package eu.emso.dmp.server.auth;

import eu.emso.dmp.server.config.SettingsException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Settings of authentication and authorisation ({@code auth.*} in dmp.properties). Immutable.
 *
 * @param writesOpen   {@code auth.writes=open}: anyone may write (test suites, benchmarks)
 * @param readsOpen    {@code auth.reads=open} (the default): anyone may read
 * @param issuer       {@code auth.oidc.issuer}: the OIDC issuer whose bearer tokens are accepted
 * @param jwks         {@code auth.oidc.jwks}: URL (http, https or file) of the issuer's JSON Web Key Set
 * @param audience     {@code auth.oidc.audience}: the audience a token must name; empty: any
 * @param rolesClaim   {@code auth.oidc.roles.claim}: claim holding the roles, a dotted path such as
 *                     {@code realm_access.roles}
 */
public record AuthSettings(boolean writesOpen, boolean readsOpen, Optional<String> issuer, Optional<String> jwks,
                           Optional<String> audience, String rolesClaim) {

    /** Writes need an account, reads are open, no OIDC issuer. */
    public static AuthSettings defaults() {
        return new AuthSettings(false, true, Optional.empty(), Optional.empty(), Optional.empty(), "roles");
    }

    /** Anyone may read and write (test fixtures). */
    public static AuthSettings open() {
        return new AuthSettings(true, true, Optional.empty(), Optional.empty(), Optional.empty(), "roles");
    }

    /** These settings with an OIDC issuer. */
    public AuthSettings withOidc(String issuer, String jwks, String audience) {
        return new AuthSettings(writesOpen, readsOpen, Optional.of(issuer), Optional.of(jwks),
                Optional.ofNullable(audience), rolesClaim);
    }

    /** Reads the {@code auth.*} settings; a value that is neither of its choices is refused by name. */
    public static AuthSettings read(Function<String, String> setting) {
        boolean writesOpen = choice(setting, "auth.writes", "authorised");
        boolean readsOpen = choice(setting, "auth.reads", "open");
        Optional<String> issuer = text(setting, "auth.oidc.issuer");
        Optional<String> jwks = text(setting, "auth.oidc.jwks");
        if (issuer.isPresent() && jwks.isEmpty()) {
            throw new SettingsException("setting auth.oidc.jwks (the issuer's JWKS URL) is needed "
                    + "with auth.oidc.issuer");
        }
        return new AuthSettings(writesOpen, readsOpen, issuer, jwks, text(setting, "auth.oidc.audience"),
                text(setting, "auth.oidc.roles.claim").orElse("roles"));
    }

    private static boolean choice(Function<String, String> setting, String key, String fallback) {
        String v = Optional.ofNullable(setting.apply(key)).map(String::strip).filter(s -> !s.isEmpty())
                .orElse(fallback).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "open" -> true;
            case "authorised", "authorized" -> false;
            default -> throw new SettingsException("setting " + key + " is 'open' or 'authorised', not '"
                    + v + "'");
        };
    }

    private static Optional<String> text(Function<String, String> setting, String key) {
        return Optional.ofNullable(setting.apply(key)).map(String::strip).filter(s -> !s.isEmpty());
    }
}
