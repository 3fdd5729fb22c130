package eu.emso.dmp.server.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Whether the database answers: the embedded database's supervisor state if there is one, then
 * a validation query through the pool, run every {@value #PERIOD_MS} ms on a thread of its own.
 * Asking never waits and never loads the database, so a health poller and the MQTT broker's
 * threads (which ask before acknowledging each create) may ask as often as they like.
 * Thread-safe.
 */
public final class DatabaseCheck implements Supplier<Check>, AutoCloseable {
    static final long PERIOD_MS = 1_000;
    private final DataSource pool;
    private final Optional<DatabaseSupervisor> supervisor;
    private final ScheduledExecutorService prober;
    private volatile Check last;

    private DatabaseCheck(DataSource pool, Optional<DatabaseSupervisor> supervisor) {
        this.pool = pool;
        this.supervisor = supervisor;
        this.prober = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dmp-database-check");
            t.setDaemon(true);
            return t;
        });
    }

    /** Probes the database once now, then every {@value #PERIOD_MS} ms until {@link #close()}. */
    public static DatabaseCheck start(DataSource pool, Optional<DatabaseSupervisor> supervisor) {
        DatabaseCheck c = new DatabaseCheck(pool, supervisor);
        c.last = c.probe();
        c.prober.scheduleWithFixedDelay(() -> c.last = c.probe(), PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
        return c;
    }

    /** The latest state: the supervisor's at once, otherwise the last probe's (at most a period old). */
    @Override
    public Check get() {
        Check s = supervisor.map(DatabaseSupervisor::state).orElse(Check.ok());
        return s.up() ? last : s;
    }

    /** Whether the database was reachable at the latest look. */
    public boolean up() {
        return get().up();
    }

    private Check probe() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(2) ? Check.ok() : Check.down("the database does not answer a validation query");
        } catch (SQLException | RuntimeException e) {
            return Check.down("no connection to the database: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    @Override
    public void close() {
        prober.shutdownNow();
    }
}
