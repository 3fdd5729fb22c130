package eu.emso.dmp.server.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Whether the database answers: the embedded database's supervisor state if there is one, then
 * a validation query through the pool (which waits at most the connection timeout). The result
 * is kept for {@value #CACHE_MS} ms so that a health poller cannot load the database.
 * Thread-safe.
 */
public final class DatabaseCheck implements Supplier<Check> {
    static final long CACHE_MS = 1_000;
    private final DataSource pool;
    private final Optional<DatabaseSupervisor> supervisor;
    private volatile Check last;
    private volatile long lastAt;

    public DatabaseCheck(DataSource pool, Optional<DatabaseSupervisor> supervisor) {
        this.pool = pool;
        this.supervisor = supervisor;
    }

    @Override
    public Check get() {
        Check s = supervisor.map(DatabaseSupervisor::state).orElse(Check.ok());
        if (!s.up()) {
            return s;
        }
        long now = System.currentTimeMillis();
        Check c = last;
        if (c == null || now - lastAt > CACHE_MS) {
            c = probe();
            last = c;
            lastAt = System.currentTimeMillis();
        }
        return c;
    }

    private Check probe() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(2) ? Check.ok() : Check.down("the database does not answer a validation query");
        } catch (SQLException e) {
            return Check.down("no connection to the database: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
