package eu.emso.dmp.server.auth;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who sent a request: an authenticated account or token, or nobody. Immutable.
 *
 * @param name   the account name or token subject; empty for an anonymous request
 * @param role   the role; empty for an anonymous request
 * @param things the Things a writer is restricted to; empty: all Things
 */
public record Caller(Optional<String> name, Optional<Role> role, List<Long> things) {
    /** An anonymous request. */
    public static final Caller ANONYMOUS = new Caller(Optional.empty(), Optional.empty(), List.of());

    public Caller {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        things = List.copyOf(things);
    }

    /** An authenticated caller. */
    public static Caller of(String name, Role role, List<Long> things) {
        return new Caller(Optional.of(name), Optional.of(role), things);
    }

    public boolean anonymous() {
        return name.isEmpty();
    }

    /** Whether the caller has {@code needed} (or a role that includes it). */
    public boolean has(Role needed) {
        return role.map(r -> r.includes(needed)).orElse(false);
    }

    /** Whether the caller may write only to some Things. */
    public boolean restricted() {
        return !things.isEmpty();
    }

    @Override
    public String toString() {
        return name.map(n -> n + " (" + role.map(Role::label).orElse("") + ")").orElse("anonymous");
    }
}
