package eu.emso.dmp.model.db;

import java.time.Duration;
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
 * @param connectTimeout the longest a caller waits for a connection (setting {@code db.connect.timeout})
 */
public record DbSettings(String jdbcUrl, String user, String password, int poolSize, Duration connectTimeout) {
    /** Default pool size: enough for a small server on two cores. */
    public static final int DEFAULT_POOL_SIZE = 10;
    /** Default {@link #connectTimeout()}: a request fails fast instead of hanging on a dead database. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);

    /** Settings with the default connect timeout. */
    public DbSettings(String jdbcUrl, String user, String password, int poolSize) {
        this(jdbcUrl, user, password, poolSize, DEFAULT_CONNECT_TIMEOUT);
    }

    /** @throws IllegalArgumentException if a field is missing, {@code poolSize < 1} or the timeout is under 0.5 s */
    public DbSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (connectTimeout.toMillis() < 500) {
            throw new IllegalArgumentException("connectTimeout must be at least 0.5 s, was " + connectTimeout);
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1, was " + poolSize);
        }
    }

    @Override
    public String toString() {
        return "DbSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=***, poolSize=" + poolSize
                + ", connectTimeout=" + connectTimeout + "]";
    }
}
