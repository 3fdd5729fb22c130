package eu.emso.dmp.server.health;

import eu.emso.dmp.model.db.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the embedded PostgreSQL and starts it again when its postmaster dies (killed, crashed,
 * out of memory). The postmaster's process is looked at every {@value #INTERVAL_MS} ms; once it
 * is gone, restarts are tried at once and then with a doubling backoff up to
 * {@value #MAX_BACKOFF_S} s (a restart can fail while the dead server's processes still hold its
 * shared memory). PostgreSQL's crash recovery replays the WAL before the restarted server takes
 * connections, so everything that was committed is there; the connection pool drops its dead
 * connections and opens new ones by itself, on the same port. One log line when the database
 * goes, one when it is back. Thread-safe.
 */
public final class DatabaseSupervisor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseSupervisor.class);
    static final long INTERVAL_MS = 500;
    static final long MAX_BACKOFF_S = 30;
    private final EmbeddedPostgres database;
    private final ScheduledExecutorService timer;
    private volatile Check state = Check.ok();
    private Instant downSince;
    private Instant nextAttempt = Instant.MIN;
    private int failures;

    private DatabaseSupervisor(EmbeddedPostgres database) {
        this.database = database;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dmp-db-supervisor");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts watching {@code database}. */
    public static DatabaseSupervisor watch(EmbeddedPostgres database) {
        DatabaseSupervisor s = new DatabaseSupervisor(database);
        s.timer.scheduleWithFixedDelay(s::look, INTERVAL_MS, INTERVAL_MS, TimeUnit.MILLISECONDS);
        return s;
    }

    /** The embedded database's state: up, or down with since when and what is being done. */
    public Check state() {
        return state;
    }

    private void look() {
        try {
            if (database.isAlive()) {
                return;
            }
            Instant now = Instant.now();
            if (downSince == null) {
                downSince = now;
                LOG.error("the embedded PostgreSQL (process {}) has stopped; restarting it", database.pid());
            }
            state = Check.down("the embedded PostgreSQL stopped at " + downSince + "; restarting it"
                    + (failures > 0 ? " (attempt " + (failures + 1) + ")" : ""));
            if (now.isBefore(nextAttempt)) {
                return;
            }
            restart(now);
        } catch (RuntimeException e) {
            LOG.warn("database supervision: {}", e.toString());
        }
    }

    private void restart(Instant now) {
        try {
            database.restart();
            LOG.info("the embedded PostgreSQL is back after {} s (process {}); crash recovery done",
                    Duration.between(downSince, Instant.now()).toSeconds(), database.pid());
            downSince = null;
            failures = 0;
            nextAttempt = Instant.MIN;
            state = Check.ok();
        } catch (IllegalStateException closed) {
            timer.shutdown();
        } catch (RuntimeException e) {
            failures++;
            long backoff = Math.min(MAX_BACKOFF_S, 1L << Math.min(failures - 1, 5));
            nextAttempt = now.plusSeconds(backoff);
            LOG.warn("the embedded PostgreSQL did not start again (attempt {}); next try in {} s: {}", failures,
                    backoff, firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    /** Stops watching (before the database is stopped on purpose). */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
