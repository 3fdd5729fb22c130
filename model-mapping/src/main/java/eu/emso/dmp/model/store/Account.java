package eu.emso.dmp.model.store;

import java.util.List;
import java.util.Objects;

/**
 * One stored account: a user who signs in with a password, or an API key. Immutable.
 *
 * @param name       unique name
 * @param kind       how it authenticates
 * @param role       {@code reader}, {@code writer} or {@code admin}
 * @param things     the Things a writer is restricted to; empty: all
 * @param secretHash the password's BCrypt hash, or the API key's SHA-256 digest (hex)
 */
public record Account(String name, Kind kind, String role, List<Long> things, String secretHash) {
    /** How an account authenticates. */
    public enum Kind { USER, APIKEY }

    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        things = List.copyOf(things);
        Objects.requireNonNull(secretHash, "secretHash");
    }
}
