package eu.emso.dmp.model.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * Creates the PostgreSQL cluster of an {@link EmbeddedPostgres} and its database on first use,
 * and keeps its server settings current on every start.
 *
 * <p>The cluster is created with {@code initdb}: encoding UTF8, locale C (with C.UTF-8 character classes, so upper and lower case work for every
 * letter), data checksums, the
 * superuser {@code dmp} with a random password (kept in a 0600 file beside the data directory)
 * and scram-sha-256 authentication. The settings file {@value #SETTINGS_FILE} is rewritten on
 * every start; it keeps durability at PostgreSQL's defaults (fsync, synchronous_commit and
 * full_page_writes on) and sizes memory and WAL for a time-series server on a small machine.
 * Stateless and thread-safe; callers serialise access to one cluster directory.
 */
final class ClusterInitializer {
    static final String SUPERUSER = "dmp";
    static final String SETTINGS_FILE = "emso-dmp.conf";
    private static final Duration INITDB_TIMEOUT = Duration.ofMinutes(5);
    private static final String SETTINGS = String.join("\n",
            "# Written by the EMSO DMP server on every start; edit postgresql.auto.conf to override.",
            "listen_addresses = '127.0.0.1'",
            "unix_socket_directories = ''",
            "max_connections = 60",
            "shared_buffers = 256MB",
            "effective_cache_size = 1GB",
            "work_mem = 16MB",
            "maintenance_work_mem = 128MB",
            "fsync = on",
            "synchronous_commit = on",
            "full_page_writes = on",
            "wal_compression = on",
            "min_wal_size = 256MB",
            "max_wal_size = 2GB",
            "checkpoint_timeout = 15min",
            "checkpoint_completion_target = 0.9",
            "random_page_cost = 1.1",
            "log_line_prefix = '%m [%p] %q%u@%d '",
            "log_min_duration_statement = 2000",
            "log_checkpoints = on",
            "");

    private ClusterInitializer() {
    }

    /**
     * Initialises the cluster when its data directory is new, writes the settings, and returns
     * the password of role {@value #SUPERUSER}.
     */
    static String ensureInitialized(ClusterLayout layout, PgInstallation pg, ServerAccount account) {
        try {
            if (!Files.exists(layout.data().resolve("PG_VERSION"))) {
                initdb(layout, pg, account);
            }
            checkVersion(layout, pg);
            Files.writeString(layout.data().resolve(SETTINGS_FILE), SETTINGS, StandardCharsets.UTF_8);
            account.takeOwnership(layout.data().resolve(SETTINGS_FILE));
            return Files.readString(layout.passwordFile(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new DatabaseException("Cannot prepare the PostgreSQL cluster in " + layout.root() + ": "
                    + e.getMessage(), e);
        }
    }

    private static void initdb(ClusterLayout layout, PgInstallation pg, ServerAccount account) throws IOException {
        writePassword(layout.passwordFile());
        account.takeOwnership(layout.passwordFile());
        ProcessRunner.Result result = ProcessRunner.run(account.command(List.of(pg.program("initdb"),
                "--pgdata=" + layout.data(), "--encoding=UTF8", "--locale=C", "--lc-ctype=C.UTF-8", "--data-checksums",
                "--username=" + SUPERUSER, "--pwfile=" + layout.passwordFile(), "--auth=scram-sha-256")),
                layout.root(), INITDB_TIMEOUT);
        if (!result.ok()) {
            throw new DatabaseException("initdb failed for " + layout.data() + ":\n" + result.output());
        }
        Files.writeString(layout.data().resolve("postgresql.conf"), "\ninclude '" + SETTINGS_FILE + "'\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static void writePassword(Path file) throws IOException {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(secret) + "\n",
                StandardCharsets.US_ASCII);
    }

    private static void checkVersion(ClusterLayout layout, PgInstallation pg) throws IOException {
        String version = Files.readString(layout.data().resolve("PG_VERSION"), StandardCharsets.US_ASCII).strip();
        if (!version.equals(Integer.toString(pg.majorVersion()))) {
            throw new DatabaseException("The cluster in " + layout.data() + " was created by PostgreSQL " + version
                    + " but the binaries in " + pg.bindir() + " are PostgreSQL " + pg.majorVersion() + ". Set "
                    + PgInstallation.BINDIR_ENV + "=/usr/lib/postgresql/" + version
                    + "/bin, or upgrade the cluster with pg_upgrade.");
        }
    }

    /**
     * Creates {@code database}, owned by {@value #SUPERUSER}, unless it exists.
     *
     * @param adminUrl JDBC URL of another database of the cluster to connect to
     */
    static void createDatabaseIfAbsent(String adminUrl, String password, String database) {
        try (Connection c = DriverManager.getConnection(adminUrl, SUPERUSER, password);
                PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery(); Statement create = c.createStatement()) {
                if (!rs.next()) {
                    create.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\" OWNER " + SUPERUSER);
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot create database " + database + " in the embedded cluster at "
                    + adminUrl + ": " + e.getMessage(), e);
        }
    }
}
