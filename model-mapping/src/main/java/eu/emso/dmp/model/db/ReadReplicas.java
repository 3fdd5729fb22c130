package eu.emso.dmp.model.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * Read routing to PostgreSQL streaming replicas: a data source that hands out connections to
 * the primary, except inside a {@link #reading} scope, where a replica that is fresh enough
 * serves (round robin over the fresh ones).
 *
 * <p>Freshness: every {@value #CHECK_MILLIS} ms the primary's WAL position
 * ({@code pg_current_wal_lsn()}) is noted, and each replica's replayed position
 * ({@code pg_last_wal_replay_lsn()}) read. A replica is fresh while it has replayed what the
 * primary had written {@code maxLag} ago; so a read served by a replica sees every write
 * committed more than {@code maxLag} plus one check interval before it. A replica that cannot
 * be reached, or falls behind, serves no reads until it is back; then the primary serves them.
 *
 * <p>Read-your-writes: {@link #commitPosition()} after a write gives a position (an LSN such as
 * {@code 0/3000148}) that a later read passes to {@link #reading(String)}; it is then served by a
 * replica only once that replica is known to have replayed that position, else by the primary.
 * Thread-safe; {@link #close()} closes the replica pools, not the primary.
 */
public final class ReadReplicas implements DataSource, AutoCloseable {
    static final long CHECK_MILLIS = 200;
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(ReadReplicas.class);

    private final DataSource primary;
    private final List<Replica> replicas;
    private final long maxLagMillis;
    private final ThreadLocal<Scope> scope = new ThreadLocal<>();
    private final AtomicInteger next = new AtomicInteger();
    private final ArrayDeque<long[]> primaryHistory = new ArrayDeque<>(); // {time, lsn}, on the check thread only
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dmp-replica-check");
        t.setDaemon(true);
        return t;
    });

    private static final class Replica {
        final String url;
        final HikariDataSource pool;
        volatile long replayed = -1;
        volatile boolean fresh;

        Replica(String url, HikariDataSource pool) {
            this.url = url;
            this.pool = pool;
        }
    }

    /** Where the connections of the current thread go: to a replica, when one has replayed {@code after}. */
    private record Scope(long after) {
    }

    private ReadReplicas(DataSource primary, List<Replica> replicas, Duration maxLag) {
        this.primary = primary;
        this.replicas = replicas;
        this.maxLagMillis = maxLag.toMillis();
    }

    /**
     * Opens a pool per replica URL (credentials and pool size of {@code settings}) and starts the
     * freshness checks. Replicas that are down at start are used once they come up.
     */
    public static ReadReplicas open(DataSource primary, List<String> replicaUrls, DbSettings settings,
                                    Duration maxLag) {
        List<Replica> list = new ArrayList<>();
        for (String url : replicaUrls) {
            HikariConfig c = new HikariConfig();
            c.setPoolName("dmp-replica-" + list.size());
            c.setJdbcUrl(url);
            c.setUsername(settings.user());
            c.setPassword(settings.password());
            c.setMaximumPoolSize(settings.poolSize());
            c.setConnectionTimeout(settings.connectTimeout().toMillis());
            c.setInitializationFailTimeout(-1); // a replica down at start does not stop the server
            c.setReadOnly(true);
            c.setKeepaliveTime(30_000);
            c.setConnectionInitSql("SET TIME ZONE 'UTC'");
            list.add(new Replica(url, new HikariDataSource(c)));
        }
        ReadReplicas r = new ReadReplicas(primary, List.copyOf(list), maxLag);
        r.check();
        r.checker.scheduleWithFixedDelay(r::check, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
        return r;
    }

    /**
     * Runs {@code work} with this thread's connections on a fresh replica; with {@code after} (a
     * position from {@link #commitPosition()}, or null) only on one that has replayed it.
     *
     * @throws IllegalArgumentException if {@code after} is not an LSN
     */
    public <E extends Exception> void reading(String after, Work<E> work) throws E {
        Scope outer = scope.get();
        scope.set(new Scope(after == null || after.isBlank() ? -1 : parseLsn(after.strip())));
        try {
            work.run();
        } finally {
            if (outer == null) {
                scope.remove();
            } else {
                scope.set(outer);
            }
        }
    }

    /** Work run inside a read scope. */
    @FunctionalInterface
    public interface Work<E extends Exception> {
        void run() throws E;
    }

    /** The primary's current WAL position (after a commit: a position covering it), as text. */
    public String commitPosition() throws SQLException {
        try (Connection c = primary.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT pg_current_wal_lsn()::text"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Whether some replica serves reads now. */
    public boolean anyFresh() {
        return replicas.stream().anyMatch(r -> r.fresh);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Scope s = scope.get();
        if (s != null) {
            Optional<Replica> r = pick(s.after);
            if (r.isPresent()) {
                try {
                    return r.get().pool.getConnection();
                } catch (SQLException e) {
                    r.get().fresh = false; // the next check decides when it serves again
                    LOG.warn("replica {} gave no connection, reading from the primary: {}", r.get().url, e.getMessage());
                }
            }
        }
        return primary.getConnection();
    }

    private Optional<Replica> pick(long after) {
        int n = replicas.size();
        int start = Math.floorMod(next.getAndIncrement(), Math.max(1, n));
        for (int i = 0; i < n; i++) {
            Replica r = replicas.get((start + i) % n);
            if (r.fresh && r.replayed >= after) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private void check() {
        long now = System.currentTimeMillis();
        try {
            primaryHistory.addLast(new long[] {now, parseLsn(commitPosition())});
        } catch (SQLException | RuntimeException e) {
            // the primary is away: replicas keep their last standing, which only ages
            return;
        }
        while (primaryHistory.size() > 1 && primaryHistory.peekFirst()[0] < now - maxLagMillis
                && secondOldest()[0] <= now - maxLagMillis) {
            primaryHistory.removeFirst();
        }
        long[] oldest = primaryHistory.peekFirst();
        long required = oldest[0] <= now - maxLagMillis ? oldest[1] : -1; // the primary's position maxLag ago
        for (Replica r : replicas) {
            boolean wasFresh = r.fresh;
            try (Connection c = r.pool.getConnection(); PreparedStatement s = c.prepareStatement(
                    "SELECT pg_last_wal_replay_lsn()::text"); ResultSet rs = s.executeQuery()) {
                rs.next();
                String lsn = rs.getString(1);
                r.replayed = lsn == null ? -1 : parseLsn(lsn);
                r.fresh = lsn != null && r.replayed >= required;
            } catch (SQLException | RuntimeException e) {
                r.fresh = false;
            }
            if (wasFresh != r.fresh) {
                LOG.info("replica {} {}", r.url, r.fresh ? "serves reads" : "serves no reads (unreachable, not a standby,"
                        + " or behind by more than " + maxLagMillis + " ms)");
            }
        }
    }

    private long[] secondOldest() {
        var it = primaryHistory.iterator();
        it.next();
        return it.next();
    }

    /** Whether {@code text} is a WAL position {@code X/Y} (hexadecimal halves), as {@link #reading} takes. */
    public static boolean isPosition(String text) {
        try {
            parseLsn(text.strip());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** An LSN {@code X/Y} (hexadecimal halves) as a number. */
    static long parseLsn(String lsn) {
        int slash = lsn.indexOf('/');
        if (slash < 1 || slash == lsn.length() - 1) {
            throw new IllegalArgumentException("not a WAL position (expected e.g. 0/3000148): " + lsn);
        }
        try {
            return (Long.parseLong(lsn.substring(0, slash), 16) << 32) | Long.parseLong(lsn.substring(slash + 1), 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a WAL position (expected e.g. 0/3000148): " + lsn, e);
        }
    }

    @Override
    public void close() {
        checker.shutdownNow();
        replicas.forEach(r -> r.pool.close());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("connections use the configured credentials");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // logging goes through SLF4J
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the pools' connect timeout applies
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
