package eu.emso.dmp.model.db;

import java.util.Objects;

/**
 * How to reach the PostgreSQL database: JDBC URL, credentials and connection-pool size.
 *
 * <p>Immutable. {@link #toString()} masks the password so settings can be logged.
 *
 * @param jdbcUrl e.g. {@code jdbc:postgresql://db.example.org:5432/dmp}
 * @param user role to connect as
 * @param password password of that role
 * @param poolSize maximum number of pooled connections, at least 1
 */
public record DbSettings(String jdbcUrl, String user, String password, int poolSize) {
    /** Default pool size: enough for a small server on two cores. */
    public static final int DEFAULT_POOL_SIZE = 10;

    /** @throws IllegalArgumentException if a field is missing or {@code poolSize < 1} */
    public DbSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1, was " + poolSize);
        }
    }

    @Override
    public String toString() {
        return "DbSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=***, poolSize=" + poolSize + "]";
    }
}
