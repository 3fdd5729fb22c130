package eu.emso.dmp.server.auth;

import java.util.Locale;
import java.util.Optional;

/**
 * The roles of an account, each including the ones before it: a reader may read (which matters
 * only when reads are closed), a writer may also create, change and delete data, an admin may
 * also use the administrative endpoints (such as replaying the ingest quarantine).
 */
public enum Role {
    READER, WRITER, ADMIN;

    /** Whether this role may do what {@code needed} may. */
    public boolean includes(Role needed) {
        return ordinal() >= needed.ordinal();
    }

    /** The role named {@code name} ({@code reader}, {@code writer}, {@code admin}; any case). */
    public static Optional<Role> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Role r : values()) {
            if (r.label().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The name as stored and as given on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
