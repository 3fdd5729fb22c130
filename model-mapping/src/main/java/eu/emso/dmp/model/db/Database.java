package eu.emso.dmp.model.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The server's database: a HikariCP connection pool on PostgreSQL whose schema has been brought
 * up to date by Flyway.
 *
 * <p>{@link #open(DbSettings)} connects, creates the {@code postgis} extension if it is absent
 * (migrations may rely on it), then applies the pending migrations from {@value #MIGRATIONS} over
 * connections of its own, so that any pool size works.
 * Every failure is a {@link DatabaseException} that names the URL and says what to check. The
 * pool is thread-safe; {@link #close()} closes it.
 */
public final class Database implements AutoCloseable {
    /** Flyway location of the server's schema migrations. */
    public static final String MIGRATIONS = "classpath:db/migration";

    private final HikariDataSource pool;

    private Database(HikariDataSource pool) {
        this.pool = pool;
    }

    /** Opens the pool and migrates the schema from {@value #MIGRATIONS}. */
    public static Database open(DbSettings settings) {
        return open(settings, List.of(MIGRATIONS));
    }

    /**
     * Opens the pool and migrates the schema from the given Flyway locations (for tests and tools).
     *
     * @throws DatabaseException if the database is unreachable, PostGIS cannot be created or a
     *     migration fails
     */
    public static Database open(DbSettings settings, List<String> migrationLocations) {
        HikariDataSource pool = connect(settings);
        try {
            createPostgis(pool, settings);
            migrate(settings, List.copyOf(migrationLocations));
            return new Database(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** The pooled data source; valid until {@link #close()}. */
    public DataSource dataSource() {
        return pool;
    }

    /** Closes the pool and all its connections. Idempotent. */
    @Override
    public void close() {
        pool.close();
    }

    private static HikariDataSource connect(DbSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("dmp");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        long timeout = settings.connectTimeout().toMillis();
        config.setConnectionTimeout(timeout);
        config.setValidationTimeout(Math.max(250, timeout / 2));
        config.setKeepaliveTime(30_000); // idle connections to a database that went away are found and dropped
        int seconds = (int) Math.max(1, settings.connectTimeout().toSeconds());
        config.addDataSourceProperty("connectTimeout", seconds);
        config.addDataSourceProperty("loginTimeout", seconds);
        config.addDataSourceProperty("tcpKeepAlive", true);
        config.setConnectionInitSql("SET TIME ZONE 'UTC'"); // date functions of $filter work in UTC
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseException("Cannot connect to PostgreSQL at " + settings.jdbcUrl() + " as "
                    + settings.user() + ": " + rootMessage(e) + ". Check that the server is running and reachable"
                    + " and that the URL, user and password are right.", e);
        }
    }

    private static void createPostgis(DataSource pool, DbSettings settings) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
        } catch (SQLException e) {
            throw new DatabaseException("Cannot create the PostGIS extension in " + settings.jdbcUrl() + ": "
                    + e.getMessage() + ". Install PostGIS 3 on the database server (Debian: postgresql-<N>-postgis-3)"
                    + " and have a superuser run CREATE EXTENSION postgis in that database, or connect as its owner"
                    + " with superuser rights.", e);
        }
    }

    /**
     * Flyway takes more than one connection, so it connects on its own rather than from the pool.
     * Versions are reserved per feature, so one lower than the newest applied may arrive later:
     * such a migration is then applied out of order (and only then, since Flyway warns of it).
     */
    private static void migrate(DbSettings settings, List<String> locations) {
        try {
            // notices such as "extension postgis already exists, skipping" are not worth a warning
            FluentConfiguration config = Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(),
                            settings.password())
                    .initSql("SET client_min_messages = warning").locations(locations.toArray(String[]::new))
                    .failOnMissingLocations(false);
            Flyway flyway = config.load();
            boolean late = Arrays.stream(flyway.info().all()).anyMatch(m -> m.getState() == MigrationState.IGNORED);
            (late ? config.outOfOrder(true).load() : flyway).migrate();
        } catch (FlywayException e) {
            throw new DatabaseException("Schema migration failed in " + settings.jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
