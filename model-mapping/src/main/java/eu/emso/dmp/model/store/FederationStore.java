package eu.emso.dmp.model.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.util.PGInterval;

/**
 * The federation tables: configured sources, per-series watermarks, the history of runs, and the
 * harvest lock that keeps two server nodes on one database from harvesting a source at once.
 * Each call is its own transaction. Thread-safe.
 */
public final class FederationStore {
    /** The first key of every harvest lock (PostgreSQL's two-key advisory locks), so no other lock collides. */
    private static final int LOCK_SPACE = 0x46454431; // "FED1"
    private static final String SOURCE = "SELECT id, name, kind, url, dataset, filter, "
            + "extract(epoch FROM every)::bigint, enabled, created FROM federation_sources";
    private static final String RUN = "SELECT id, source, started, ended, outcome, error, observations, "
            + "duplicates, conflicts, entities FROM federation_runs";
    private final DataSource dataSource;
    private final Transactions tx;

    public FederationStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.tx = new Transactions(dataSource);
    }

    /** Adds a source; false when one of that name exists already (it is left unchanged). */
    public boolean add(FederationSource s) {
        return tx.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO federation_sources (name, kind, url, dataset, "
                    + "filter, every, enabled) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING")) {
                ps.setString(1, s.name());
                ps.setString(2, s.kind());
                ps.setString(3, s.url());
                ps.setString(4, s.dataset());
                ps.setString(5, s.filter());
                ps.setObject(6, s.every() == null ? null : new PGInterval(0, 0, 0, 0, 0, s.every().toSeconds()));
                ps.setBoolean(7, s.enabled());
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * Removes a source with its watermarks, mappings and runs; the entities and observations it
     * harvested stay. Whether it existed.
     */
    public boolean remove(String name) {
        return tx.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM federation_sources WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Every source, by name. */
    public List<FederationSource> sources() {
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SOURCE + " ORDER BY name")) {
                return sources(ps);
            }
        });
    }

    /** The source named {@code name}. */
    public Optional<FederationSource> source(String name) {
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SOURCE + " WHERE name = ?")) {
                ps.setString(1, name);
                return sources(ps).stream().findFirst();
            }
        });
    }

    private static List<FederationSource> sources(PreparedStatement ps) throws SQLException {
        List<FederationSource> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long seconds = rs.getLong(7);
                Duration every = rs.wasNull() ? null : Duration.ofSeconds(seconds);
                out.add(new FederationSource(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), every,
                        rs.getBoolean(8), rs.getTimestamp(9).toInstant()));
            }
        }
        return out;
    }

    /** The watermark of every series of the source: remote series id → newest stored phenomenon time. */
    public Map<String, Instant> watermarks(String source) {
        return tx.read(c -> {
            Map<String, Instant> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT series, phenomenon_time FROM federation_watermarks "
                    + "WHERE source = ?")) {
                ps.setString(1, source);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                    }
                }
            }
            return out;
        });
    }

    /** Moves the series' watermark to {@code time}, never back. */
    public void advance(String source, String series, Instant time) {
        tx.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO federation_watermarks (source, series, "
                    + "phenomenon_time) VALUES (?, ?, ?) ON CONFLICT (source, series) DO UPDATE SET phenomenon_time = "
                    + "greatest(federation_watermarks.phenomenon_time, excluded.phenomenon_time)")) {
                ps.setString(1, source);
                ps.setString(2, series);
                ps.setTimestamp(3, Timestamp.from(time));
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Records the start of a run and returns its id; runs of the source still marked running are
     * marked {@code interrupted} (only the holder of the source's lock starts runs, so their
     * process has stopped).
     */
    public long startRun(String source) {
        return tx.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE federation_runs SET outcome = 'interrupted', "
                    + "ended = now() WHERE source = ? AND outcome = 'running'")) {
                ps.setString(1, source);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO federation_runs (source) VALUES (?) "
                    + "RETURNING id")) {
                ps.setString(1, source);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Records the counts so far of a run; with {@code outcome} other than {@code running}, its end too. */
    public void updateRun(FederationRun r) {
        tx.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE federation_runs SET outcome = ?, error = ?, "
                    + "observations = ?, duplicates = ?, conflicts = ?, entities = ?, ended = CASE WHEN ? = 'running' "
                    + "THEN NULL ELSE now() END WHERE id = ?")) {
                ps.setString(1, r.outcome());
                ps.setString(2, r.error());
                ps.setLong(3, r.observations());
                ps.setLong(4, r.duplicates());
                ps.setLong(5, r.conflicts());
                ps.setLong(6, r.entities());
                ps.setString(7, r.outcome());
                ps.setLong(8, r.id());
                return ps.executeUpdate();
            }
        });
    }

    /** The source's latest runs, newest first. */
    public List<FederationRun> runs(String source, int limit) {
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(RUN + " WHERE source = ? ORDER BY id DESC LIMIT ?")) {
                ps.setString(1, source);
                ps.setInt(2, limit);
                return runs(ps);
            }
        });
    }

    /** The source's latest run that ended well, if any. */
    public Optional<FederationRun> lastSuccess(String source) {
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(RUN + " WHERE source = ? AND outcome = 'ok' "
                    + "ORDER BY id DESC LIMIT 1")) {
                ps.setString(1, source);
                return runs(ps).stream().findFirst();
            }
        });
    }

    private static List<FederationRun> runs(PreparedStatement ps) throws SQLException {
        List<FederationRun> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Timestamp ended = rs.getTimestamp(4);
                out.add(new FederationRun(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        ended == null ? null : ended.toInstant(), rs.getString(5), rs.getString(6), rs.getLong(7),
                        rs.getLong(8), rs.getLong(9), rs.getLong(10)));
            }
        }
        return out;
    }

    /**
     * Takes the harvest lock of the source whose {@link FederationSource#lockKey} is {@code key}, if
     * no session holds it (this node's other runs included): a session-level advisory lock on a
     * connection of its own, released when the lock is closed or when the connection drops (a
     * node killed mid-run frees its sources at once).
     */
    public Optional<HarvestLock> tryLock(long key) {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
                ps.setInt(1, LOCK_SPACE);
                ps.setInt(2, (int) key);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return Optional.of(new HarvestLock(c, key));
                    }
                }
            }
            c.close();
            return Optional.empty();
        } catch (SQLException e) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw Transactions.translate(e, false);
        }
    }

    /** A held harvest lock; {@link #close()} releases it. */
    public static final class HarvestLock implements AutoCloseable {
        private final Connection c;
        private final long key;

        private HarvestLock(Connection c, long key) {
            this.c = c;
            this.key = key;
        }

        @Override
        public void close() {
            try (c; PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
                ps.setInt(1, LOCK_SPACE);
                ps.setInt(2, (int) key);
                ps.execute();
            } catch (SQLException e) {
                // the connection is gone, and with it the lock
            }
        }
    }
}
