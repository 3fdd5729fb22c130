package eu.emso.dmp.server;

import eu.emso.dmp.model.db.Database;
import eu.emso.dmp.model.db.DbSettings;
import eu.emso.dmp.model.db.EmbeddedPostgres;
import eu.emso.dmp.server.config.ServerSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.sql.DataSource;

/**
 * The server's database without its network faces, for command-line tools that work on the
 * stored data (such as {@code dmp qc rerun}): the configured external database, or the embedded
 * cluster under the data directory. The embedded cluster is locked to one process, so a tool
 * on it runs while the server is stopped; with an external database it runs beside the server.
 * {@link #close()} stops the pool, then the embedded cluster.
 */
final class CoreDatabase implements AutoCloseable {
    private final EmbeddedPostgres embedded;
    private final Database database;

    private CoreDatabase(EmbeddedPostgres embedded, Database database) {
        this.embedded = embedded;
        this.database = database;
    }

    /** Opens (and migrates) an existing database of {@code settings}, with a small pool, for a tool. */
    static CoreDatabase open(ServerSettings settings) throws IOException {
        Path dir = settings.dataDir().toAbsolutePath();
        if (settings.dbUrl().isEmpty() && !Files.isDirectory(dir.resolve("postgres"))) {
            throw new IOException("no database under " + dir + ": start the server once with this data directory");
        }
        return open(settings, 2, true);
    }

    /**
     * Opens the database for a tool that may run beside the server: the external database, the
     * embedded cluster of a running server (reached on its port), or else the embedded cluster
     * itself, started (and created on first use) for the tool alone.
     */
    static CoreDatabase beside(ServerSettings settings) throws IOException {
        if (settings.dbUrl().isEmpty()) {
            java.util.Optional<eu.emso.dmp.model.db.DbSettings> running = eu.emso.dmp.model.db.RunningCluster.find(
                    settings.dataDir().toAbsolutePath().resolve("postgres"), 2);
            if (running.isPresent()) {
                return new CoreDatabase(null, Database.open(running.get()));
            }
        }
        return open(settings, 2, true);
    }

    /**
     * Opens (and migrates) the database {@code settings} configure with a pool of {@code poolSize}:
     * the external one, or the embedded cluster under the data directory, created on first use.
     * With {@code stopOnExit} the embedded cluster stops when the JVM exits; without, the caller
     * stops it (after its own work in flight, for a graceful stop).
     */
    static CoreDatabase open(ServerSettings settings, int poolSize, boolean stopOnExit) throws IOException {
        if (settings.dbUrl().isPresent()) {
            return new CoreDatabase(null, Database.open(new DbSettings(settings.dbUrl().get(), settings.dbUser(),
                    settings.dbPassword(), poolSize, settings.faults().connectTimeout())));
        }
        Path dir = settings.dataDir().toAbsolutePath();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwxr-xr-x")));
        }
        EmbeddedPostgres pg = EmbeddedPostgres.start(dir.resolve("postgres"));
        if (stopOnExit) {
            pg.stopOnExit();
        }
        try {
            return new CoreDatabase(pg, Database.open(pg.settings(poolSize, settings.faults().connectTimeout())));
        } catch (RuntimeException e) {
            pg.close();
            throw e;
        }
    }

    /** Where the database is, for the log. */
    String describe() {
        return embedded != null ? embedded.jdbcUrl() : "the configured database";
    }

    /** The embedded cluster, if the database is not an external one. */
    java.util.Optional<EmbeddedPostgres> embedded() {
        return java.util.Optional.ofNullable(embedded);
    }

    DataSource dataSource() {
        return database.dataSource();
    }

    @Override
    public void close() {
        database.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
