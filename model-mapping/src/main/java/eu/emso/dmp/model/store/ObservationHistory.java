package eu.emso.dmp.model.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The stored numeric observations of Datastreams, read and re-flagged on one transaction: what
 * quality control needs to evaluate tests that look at neighbours (spike, rate of change, flat
 * line) and to rewrite the flags of observations already stored. Observations are ordered by
 * their key (phenomenon time start, then end); only numeric results are returned. Every query is
 * served by the index on (Datastream, phenomenon time).
 *
 * <p>Bound to one connection and transaction; not thread-safe. Instances come from the write path
 * ({@link ObservationStage}) or from {@link HistoryStore}.
 */
public final class ObservationHistory {
    private static final int LOCK_CLASS = 0x0DC0;
    private static final String SELECT = "SELECT id, datastream_id, phenomenon_time_start, phenomenon_time_end, "
            + "result_number, result_quality::text, parameters::text FROM observations "
            + "WHERE datastream_id = ? AND result_type = 0 AND ";
    // BEFORE and AFTER also bound phenomenon_time_start alone, which their row comparison
    // implies: with generic plans, only a plain bound prunes partitions when the query runs, and
    // without it a backward scan through two years of monthly partitions took 60 to 150 ms
    // instead of 0.1 ms, so that a long ingest slowed down as it filled partitions.
    private static final String BEFORE = SELECT + "phenomenon_time_start <= ? AND (phenomenon_time_start, "
            + "phenomenon_time_end) < (?, COALESCE(?, '-infinity'::timestamptz)) "
            + "ORDER BY phenomenon_time_start DESC, phenomenon_time_end DESC LIMIT ?";
    private static final String AFTER = SELECT + "phenomenon_time_start >= COALESCE(?, '-infinity'::timestamptz) "
            + "AND (phenomenon_time_start, phenomenon_time_end) "
            + "> (COALESCE(?, '-infinity'::timestamptz), COALESCE(?, '-infinity'::timestamptz)) "
            + "AND phenomenon_time_start <= COALESCE(?, 'infinity'::timestamptz) "
            + "ORDER BY phenomenon_time_start, phenomenon_time_end LIMIT ?";
    private static final String BETWEEN = SELECT + "phenomenon_time_start BETWEEN ? AND ? "
            + "ORDER BY phenomenon_time_start, phenomenon_time_end";
    /** {@link #BEFORE}, {@link #BETWEEN} and {@link #AFTER} in one round trip, each row tagged with its part. */
    private static final String AROUND = "SELECT q.*, 0 FROM (" + BEFORE + ") q UNION ALL "
            + "SELECT q.*, 1 FROM (" + BETWEEN + ") q UNION ALL SELECT q.*, 2 FROM (" + AFTER + ") q";
    private static final String COUNT = "SELECT count(*) FROM observations WHERE datastream_id = ? "
            + "AND result_type = 0 AND phenomenon_time_start >= COALESCE(?, '-infinity'::timestamptz) "
            + "AND phenomenon_time_start <= COALESCE(?, 'infinity'::timestamptz)";
    private static final String DATASTREAMS = "SELECT d.id, p.name, d.properties::text FROM datastreams d "
            + "JOIN observed_properties p ON p.id = d.observed_property_id WHERE d.id = ANY(?)";
    private static final String UPDATE = "UPDATE observations SET qc_flag = ?, qc_tests = ?, qc_config = ?, "
            + "result_quality = CAST(? AS jsonb) "
            + "WHERE datastream_id = ? AND phenomenon_time_start = ? AND phenomenon_time_end = ?";

    private static final String VERSIONS = "SELECT id, series_version, pg_current_xact_id()::text::bigint "
            + "FROM datastreams WHERE id = ANY(?) ORDER BY id FOR UPDATE";
    private static final String TOUCH = "UPDATE datastreams SET " + DatastreamAggregates.BUMP + " WHERE id = ANY(?)";

    private final Connection c;
    /** Whether this transaction already plans its statements generically. */
    private boolean genericPlans;

    ObservationHistory(Connection c) {
        this.c = c;
    }

    /**
     * Takes a transaction-scoped lock on the quality control of each Datastream (in id order, so
     * two writers never deadlock): concurrent writers of one Datastream then see each other's
     * observations as history. Released at commit or rollback.
     */
    public void lock(Collection<Long> datastreamIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            for (long id : new TreeSet<>(datastreamIds)) {
                ps.setInt(1, LOCK_CLASS);
                ps.setInt(2, Long.hashCode(id));
                ps.execute();
            }
        }
    }

    /**
     * The series versions of Datastreams (migration V8), read with their rows locked until the
     * transaction ends, so that no other writer changes their series meanwhile.
     *
     * @param stored      the version of each Datastream among the ids that exists, by id
     * @param transaction the version every series this transaction writes to will have when it commits
     */
    public record SeriesVersions(Map<Long, Long> stored, long transaction) {
        public SeriesVersions {
            stored = Map.copyOf(stored);
        }
    }

    /** Locks the rows of Datastreams {@code ids} and reads their {@link SeriesVersions}. */
    public SeriesVersions versions(Collection<Long> ids) throws SQLException {
        Map<Long, Long> out = new HashMap<>();
        long transaction = 0;
        try (PreparedStatement ps = c.prepareStatement(VERSIONS)) {
            ps.setObject(1, ids.stream().mapToLong(Long::longValue).toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getLong(2));
                    transaction = rs.getLong(3);
                }
            }
        }
        return new SeriesVersions(out, transaction);
    }

    /**
     * Marks the series of Datastreams {@code ids} as changed by this transaction, for changes
     * (such as re-flagging) that add, move and delete nothing.
     */
    public void touch(Collection<Long> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(TOUCH)) {
            ps.setObject(1, ids.stream().mapToLong(Long::longValue).toArray());
            ps.executeUpdate();
        }
    }

    /** The Datastreams among {@code ids} that exist, by id. */
    public Map<Long, DatastreamInfo> datastreams(Collection<Long> ids) throws SQLException {
        Map<Long, DatastreamInfo> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(DATASTREAMS)) {
            ps.setObject(1, ids.stream().mapToLong(Long::longValue).toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new DatastreamInfo(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    /**
     * The {@code limit} latest observations whose key is below ({@code start}, {@code end}), in
     * ascending order; {@code end} null means every observation starting before {@code start}.
     */
    public List<StoredObservation> before(long datastreamId, OffsetDateTime start, OffsetDateTime end, int limit)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BEFORE)) {
            bindBefore(ps, 1, datastreamId, start, end, limit);
            List<StoredObservation> out = read(ps);
            Collections.reverse(out);
            return out;
        }
    }

    /** The stored neighbours of a span of new observations, each part in ascending key order. */
    public record Around(List<StoredObservation> before, List<StoredObservation> between,
                         List<StoredObservation> after) {
    }

    /**
     * In one query: {@link #before before}({@code first}, {@code beforeLimit}),
     * {@link #between between}({@code first} start, {@code last} start) and
     * {@link #after after}({@code last}, no bound, {@code afterLimit}).
     */
    public Around around(long datastreamId, OffsetDateTime firstStart, OffsetDateTime firstEnd,
                         OffsetDateTime lastStart, OffsetDateTime lastEnd, int beforeLimit, int afterLimit)
            throws SQLException {
        List<List<StoredObservation>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        if (!genericPlans) {
            // planned for its values, the query is planned over every monthly partition on each
            // call (a millisecond, several times its execution); the generic plan is made once per
            // connection and prunes partitions when it runs. For the rest of this transaction only.
            try (Statement st = c.createStatement()) {
                st.execute("SET LOCAL plan_cache_mode = force_generic_plan");
            }
            genericPlans = true;
        }
        try (PreparedStatement ps = c.prepareStatement(AROUND)) {
            int i = bindBefore(ps, 1, datastreamId, firstStart, firstEnd, beforeLimit);
            i = bindBetween(ps, i, datastreamId, firstStart, lastStart);
            bindAfter(ps, i, datastreamId, lastStart, lastEnd, null, afterLimit);
            try (ResultSet rs = ps.executeQuery()) {
                int tag = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    parts.get(rs.getInt(tag)).add(stored(rs));
                }
            }
        }
        Comparator<StoredObservation> order = Comparator.comparing(StoredObservation::phenomenonStart)
                .thenComparing(StoredObservation::phenomenonEnd);
        parts.forEach(p -> p.sort(order));
        return new Around(parts.get(0), parts.get(1), parts.get(2));
    }

    /**
     * The {@code limit} earliest observations whose key is above ({@code start}, {@code end}) and
     * that start no later than {@code until}, in ascending order. Null {@code start} or
     * {@code end} means no lower bound for that part of the key, null {@code until} no upper bound.
     */
    public List<StoredObservation> after(long datastreamId, OffsetDateTime start, OffsetDateTime end,
                                         OffsetDateTime until, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(AFTER)) {
            bindAfter(ps, 1, datastreamId, start, end, until, limit);
            return read(ps);
        }
    }

    /** The observations starting within [{@code from}, {@code to}], in ascending order. */
    public List<StoredObservation> between(long datastreamId, OffsetDateTime from, OffsetDateTime to)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BETWEEN)) {
            bindBetween(ps, 1, datastreamId, from, to);
            return read(ps);
        }
    }

    /** How many observations start within [{@code from}, {@code to}]; null bounds are open. */
    public long count(long datastreamId, OffsetDateTime from, OffsetDateTime to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COUNT)) {
            ps.setLong(1, datastreamId);
            setTime(ps, 2, from);
            setTime(ps, 3, to);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Replaces the quality control flags of stored observations, and the members of their
     * resultQuality beside them; keys that are not stored are ignored. One statement per
     * observation, sent as one JDBC batch: each finds its row through the unique key index of a
     * single partition.
     */
    public void updateQuality(List<QualityUpdate> updates) throws SQLException {
        if (updates.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
            for (QualityUpdate u : updates) {
                ps.setShort(1, u.qcFlag());
                ps.setInt(2, u.qcTests());
                if (u.qcConfig() == null) {
                    ps.setNull(3, Types.BIGINT);
                } else {
                    ps.setLong(3, u.qcConfig());
                }
                ps.setString(4, u.extra());
                ps.setLong(5, u.datastreamId());
                ps.setObject(6, u.phenomenonStart());
                ps.setObject(7, u.phenomenonEnd());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void setTime(PreparedStatement ps, int index, OffsetDateTime t) throws SQLException {
        if (t == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, t);
        }
    }

    private static List<StoredObservation> read(PreparedStatement ps) throws SQLException {
        List<StoredObservation> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(stored(rs));
            }
        }
        return out;
    }

    /** Binds the parameters of {@link #BEFORE} from {@code i}; returns the next index. */
    private static int bindBefore(PreparedStatement ps, int i, long datastreamId, OffsetDateTime start,
                                  OffsetDateTime end, int limit) throws SQLException {
        ps.setLong(i++, datastreamId);
        ps.setObject(i++, start);
        ps.setObject(i++, start);
        setTime(ps, i++, end);
        ps.setInt(i++, limit);
        return i;
    }

    /** Binds the parameters of {@link #BETWEEN} from {@code i}; returns the next index. */
    private static int bindBetween(PreparedStatement ps, int i, long datastreamId, OffsetDateTime from,
                                   OffsetDateTime to) throws SQLException {
        ps.setLong(i++, datastreamId);
        ps.setObject(i++, from);
        ps.setObject(i++, to);
        return i;
    }

    /** Binds the parameters of {@link #AFTER} from {@code i}; returns the next index. */
    private static int bindAfter(PreparedStatement ps, int i, long datastreamId, OffsetDateTime start,
                                 OffsetDateTime end, OffsetDateTime until, int limit) throws SQLException {
        ps.setLong(i++, datastreamId);
        setTime(ps, i++, start);
        setTime(ps, i++, start);
        setTime(ps, i++, end);
        setTime(ps, i++, until);
        ps.setInt(i++, limit);
        return i;
    }

    private static StoredObservation stored(ResultSet rs) throws SQLException {
        return new StoredObservation(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class),
                rs.getObject(4, OffsetDateTime.class), rs.getDouble(5), rs.getString(6), rs.getString(7));
    }
}
