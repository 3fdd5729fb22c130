package eu.emso.dmp.model.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * PostgreSQL streaming replication between clusters of the {@link EmbeddedPostgres} kind, for a
 * deployment of several nodes on one machine ({@code dmp cluster}): a hot standby made from a
 * running primary with {@code pg_basebackup -R} (physical replication, WAL streamed), which
 * {@link EmbeddedPostgres#start(Path)} then runs read-only, following the primary. Stateless.
 */
public final class Standby {
    private static final Duration BACKUP_TIMEOUT = Duration.ofMinutes(10);

    private Standby() {
    }

    /**
     * Copies the primary into the new cluster directory {@code clusterDir} as a standby that
     * streams from it. The standby takes the primary's superuser password.
     *
     * @param primary the primary's connection settings (as {@link EmbeddedPostgres#settings(int)} gives them)
     * @param port    the primary's TCP port on 127.0.0.1
     * @throws DatabaseException when the copy fails; the message has pg_basebackup's output
     */
    public static void create(Path clusterDir, DbSettings primary, int port) {
        ServerAccount account = ServerAccount.forCurrentProcess();
        ClusterLayout layout = new ClusterLayout(ClusterPlacement.place(clusterDir, account));
        if (Files.exists(layout.data().resolve("PG_VERSION"))) {
            throw new DatabaseException("A cluster exists already in " + layout.data());
        }
        account.prepare(layout.root());
        PgInstallation pg = PgInstallation.locate();
        String conninfo = "host=127.0.0.1 port=" + port + " user=" + primary.user() + " password=" + primary.password()
                + " application_name=" + clusterDir.getFileName();
        ProcessRunner.Result result = ProcessRunner.run(account.command(List.of(pg.program("pg_basebackup"),
                "--pgdata=" + layout.data(), "--write-recovery-conf", "--wal-method=stream", "--checkpoint=fast",
                "--dbname=" + conninfo)), layout.root(), BACKUP_TIMEOUT);
        if (!result.ok()) {
            throw new DatabaseException("pg_basebackup from 127.0.0.1:" + port + " into " + layout.data()
                    + " failed:\n" + result.output());
        }
        try {
            Files.writeString(layout.passwordFile(), primary.password() + "\n");
            Files.setPosixFilePermissions(layout.passwordFile(), java.nio.file.attribute.PosixFilePermissions
                    .fromString("rw-------"));
            account.takeOwnership(layout.passwordFile());
        } catch (IOException e) {
            throw new DatabaseException("Cannot write " + layout.passwordFile() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stops the postmaster running on the cluster in {@code clusterDir} (fast shutdown), whichever
     * process started it; nothing when none runs there or the directory holds no cluster.
     */
    public static void stop(Path clusterDir) {
        Path dir = clusterDir.toAbsolutePath().normalize();
        try {
            dir = Files.isSymbolicLink(dir) ? dir.toRealPath() : dir;
        } catch (IOException e) {
            return; // a link to a cluster that is gone: nothing runs there
        }
        ClusterLayout layout = new ClusterLayout(dir);
        if (!Files.exists(layout.data().resolve("PG_VERSION"))) {
            return;
        }
        PgControl control = new PgControl(PgInstallation.locate(), ServerAccount.forCurrentProcess(), layout);
        if (control.isRunning()) {
            control.stop();
        }
    }

    /** Whether {@code clusterDir} holds a cluster already. */
    public static boolean exists(Path clusterDir) {
        try {
            Path dir = clusterDir.toAbsolutePath().normalize();
            dir = Files.isSymbolicLink(dir) ? dir.toRealPath() : dir;
            return Files.exists(new ClusterLayout(dir).data().resolve("PG_VERSION"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The process id of the postmaster running on the cluster in {@code clusterDir}, if one runs. */
    public static java.util.Optional<Long> postmasterPid(Path clusterDir) {
        try {
            Path dir = clusterDir.toAbsolutePath().normalize();
            dir = Files.isSymbolicLink(dir) ? dir.toRealPath() : dir;
            ClusterLayout layout = new ClusterLayout(dir);
            return new PgControl(PgInstallation.locate(), ServerAccount.forCurrentProcess(), layout).postmasterPid()
                    .filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
