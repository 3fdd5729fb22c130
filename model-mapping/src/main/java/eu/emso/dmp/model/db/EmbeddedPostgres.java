package eu.emso.dmp.model.db;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A private PostgreSQL + PostGIS cluster under a directory of its own, run from the host's
 * PostgreSQL binaries ({@link PgInstallation}); the server's database when no external one is
 * configured, and the database of the integration tests.
 *
 * <p>{@link #start(Path)} creates the cluster on first use ({@code initdb}: UTF8, locale C, data
 * checksums) and otherwise reuses it with all its data. The server listens on 127.0.0.1 only, on
 * a free random port, with Unix-domain sockets disabled and scram-sha-256 password
 * authentication; the generated password is kept in {@code <clusterDir>/password} (mode 0600)
 * and the server log in {@code <clusterDir>/postgresql.log}. Durability stays at PostgreSQL's
 * defaults (fsync, synchronous_commit, full_page_writes on); memory and WAL are sized for a
 * time-series server on a small machine (shared_buffers 256MB, max_wal_size 2GB,
 * checkpoint_timeout 15min). Database {@value #DATABASE} is owned by role {@value #DATABASE},
 * the cluster's superuser, so that it can create the PostGIS extension.
 *
 * <p>PostgreSQL refuses to run as root: when the JVM runs as root, the PostgreSQL programs run as
 * user {@code postgres} (or {@code nobody}) through {@code runuser}, that user is given the
 * cluster directory, and a directory on the way that it cannot enter is reported by name. A
 * When that user cannot reach a new cluster directory (a checkout in root's home, mode 0700), the
 * cluster is created under {@code /var/lib/dmp} and linked from the directory asked for
 * ({@link ClusterPlacement}). A
 * postmaster left running on the directory by a process that died without closing its instance
 * (for example killed with {@code kill -9}) is stopped before the new start; a directory in use
 * by another live process is refused.
 *
 * <p>Stopping: {@link #close()} stops the server. {@code start} registers no shutdown hook; a
 * caller that keeps the cluster for the life of the JVM calls {@link #stopOnExit()}, so that
 * normal exit and SIGTERM/SIGINT also stop it. Thread-safe.
 */
public final class EmbeddedPostgres implements AutoCloseable {
    /** Name of the database and of its owning role. */
    public static final String DATABASE = "dmp";

    private final PgControl control;
    private final Optional<ClusterLock> lock;
    private final int port;
    private final String password;
    private volatile long postmasterPid;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::close, "dmp-embedded-postgres-stop");

    private EmbeddedPostgres(PgControl control, Optional<ClusterLock> lock, int port, String password) {
        this.control = control;
        this.lock = lock;
        this.port = port;
        this.password = password;
        this.postmasterPid = control.postmasterPid().orElse(-1L);
    }

    /** Starts the cluster in {@code clusterDir} with the binaries found by {@link PgInstallation#locate()}. */
    public static EmbeddedPostgres start(Path clusterDir) {
        return start(clusterDir, PgInstallation.locate());
    }

    /**
     * Starts the cluster in {@code clusterDir} with the given binaries, creating it on first use.
     *
     * @throws DatabaseException when the cluster cannot be created or started; the message says why
     */
    public static EmbeddedPostgres start(Path clusterDir, PgInstallation pg) {
        ServerAccount account = ServerAccount.forCurrentProcess();
        ClusterLayout layout = new ClusterLayout(ClusterPlacement.place(clusterDir, account));
        account.prepare(layout.root());
        Optional<ClusterLock> lock = ClusterLock.acquire(layout.lockFile());
        try {
            String password = ClusterInitializer.ensureInitialized(layout, pg, account);
            PgControl control = new PgControl(pg, account, layout);
            if (control.isRunning()) {
                control.stop();
            }
            EmbeddedPostgres db = new EmbeddedPostgres(control, lock, control.start(), password);
            try {
                ClusterInitializer.createDatabaseIfAbsent(db.jdbcUrl("postgres"), db.password, DATABASE);
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
            return db;
        } catch (RuntimeException e) {
            lock.ifPresent(ClusterLock::close);
            throw e;
        }
    }

    /**
     * Connection settings of the cluster in {@code clusterDir} while another process runs it (a
     * server holds its lock and its postmaster is up): the port from {@code postmaster.pid}, the
     * stored password. Empty when no process holds the directory.
     */
    public static Optional<DbSettings> running(Path clusterDir) {
        Path dir = clusterDir;
        try {
            dir = java.nio.file.Files.isSymbolicLink(clusterDir) ? clusterDir.toRealPath() : clusterDir;
        } catch (java.io.IOException e) {
            return Optional.empty(); // a link to a cluster that is gone: nothing runs there
        }
        ClusterLayout layout = new ClusterLayout(dir);
        if (!java.nio.file.Files.exists(layout.lockFile()) || !ClusterLock.heldElsewhere(layout.lockFile())) {
            return Optional.empty();
        }
        try {
            java.util.List<String> pid = java.nio.file.Files.readAllLines(layout.postmasterPid());
            String password = java.nio.file.Files.readString(layout.passwordFile()).strip();
            int port = Integer.parseInt(pid.get(3).strip()); // line 4 of postmaster.pid: the port
            return Optional.of(new DbSettings("jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE,
                    ClusterInitializer.SUPERUSER, password, 1));
        } catch (java.io.IOException | RuntimeException e) {
            throw new DatabaseException("The database directory " + clusterDir + " is in use, but its server's port"
                    + " cannot be read from " + layout.postmasterPid() + ": " + e.getMessage(), e);
        }
    }

    /** The binaries this cluster runs on (for its client programs, such as pg_dump). */
    public PgInstallation installation() {
        return control.installation();
    }

    /** JDBC URL of database {@value #DATABASE}, e.g. {@code jdbc:postgresql://127.0.0.1:41234/dmp}. */
    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    /** Role to connect as. */
    public String user() {
        return ClusterInitializer.SUPERUSER;
    }

    /** Password of {@link #user()}, generated when the cluster was created. */
    public String password() {
        return password;
    }

    /** TCP port on 127.0.0.1 the server listens on for this run. */
    public int port() {
        return port;
    }

    /** Connection settings for {@link Database#open(DbSettings)}. */
    public DbSettings settings(int poolSize) {
        return new DbSettings(jdbcUrl(), user(), password, poolSize);
    }

    /** Connection settings with the longest wait for a connection. */
    public DbSettings settings(int poolSize, java.time.Duration connectTimeout) {
        return new DbSettings(jdbcUrl(), user(), password, poolSize, connectTimeout);
    }

    /** The postmaster's process id in this run. */
    public long pid() {
        return postmasterPid;
    }

    /** Whether the postmaster of this run is still alive (it may have been killed or crashed). */
    public boolean isAlive() {
        return ProcessHandle.of(postmasterPid).map(ProcessHandle::isAlive).orElse(false) && !zombie(postmasterPid);
    }

    /** A killed process that nobody has reaped yet still exists; on Linux its state says so. */
    private static boolean zombie(long pid) {
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int end = stat.lastIndexOf(')');
            return end > 0 && end + 2 < stat.length() && stat.charAt(end + 2) == 'Z';
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * Starts the postmaster again on the same port after it died; PostgreSQL's crash recovery
     * replays the WAL before it accepts connections, so everything committed is there. Does
     * nothing when the postmaster is alive.
     *
     * @throws DatabaseException when it cannot start (yet): for example while processes of the
     *     dead server still hold its shared memory; the caller tries again later
     * @throws IllegalStateException after {@link #close()}
     */
    public synchronized void restart() {
        if (closed.get()) {
            throw new IllegalStateException("the embedded database was stopped");
        }
        if (isAlive()) {
            return;
        }
        control.restart(port);
        postmasterPid = control.postmasterPid().orElse(-1L);
    }

    /**
     * Registers a JVM shutdown hook that stops the cluster on normal exit and on SIGTERM/SIGINT;
     * {@link #close()} removes it again.
     *
     * @return this instance
     */
    public EmbeddedPostgres stopOnExit() {
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        return this;
    }

    /**
     * Stops the server (fast shutdown) and waits until it is gone. Idempotent. Does nothing to a
     * postmaster that a later instance started on the same directory.
     */
    @Override
    public synchronized void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            if (control.postmasterPid().orElse(-2L) == postmasterPid) {
                control.stop();
            }
        } finally {
            lock.ifPresent(ClusterLock::close);
            removeShutdownHook();
        }
    }

    private void removeShutdownHook() {
        if (Thread.currentThread() == shutdownHook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to run; it finds the instance closed
        }
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }
}
