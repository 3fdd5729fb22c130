package eu.emso.dmp.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Buckets made of roll-up granules (migration V17, {@link SeriesRollups}) equal the aggregates of
 * the stored observations, whether the granules are rolled up yet or not, and right after
 * inserts, flag updates and deletes; concurrent writers and fills never leave a roll-up that
 * misses a committed observation.
 */
class SeriesRollupsTest {
    private static final StoreFixture DB = StoreFixture.get();
    private static final EntityStore STORE = DB.store();
    private static final long G = SeriesRollups.GRANULE_SECONDS;
    private static final Instant START = Instant.parse("2023-03-01T00:00:00Z");
    private static final int[] RANK = new int[10];

    static {
        RANK[1] = 1;
        RANK[2] = 2;
        RANK[9] = 3;
        RANK[3] = 4;
        RANK[4] = 5;
    }

    private record Value(double v, short flag) {
    }

    private record Expected(long count, double min, double max, double mean, double time, int flag) {
    }

    /** A series of every 20 s over three days, every 41st bad and every 29th suspect; what was written. */
    private static TreeMap<Instant, Value> write(long stream, long feature, Instant start, int count) {
        TreeMap<Instant, Value> written = new TreeMap<>();
        List<ObservationRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant t = start.plusSeconds(20L * i);
            double v = 13 + Math.sin(i / 100.0) + (i % 41 == 40 ? 30 : 0);
            short flag = (short) (i % 41 == 40 ? 4 : i % 29 == 28 ? 3 : 1);
            rows.add(row(stream, feature, t, v, flag));
            written.put(t, new Value(v, flag));
            if (rows.size() == 5_000) {
                STORE.writeObservations(rows);
                rows.clear();
            }
        }
        STORE.writeObservations(rows);
        return written;
    }

    private static ObservationRow row(long stream, long feature, Instant t, double v, short flag) {
        OffsetDateTime at = t.atOffset(ZoneOffset.UTC);
        return new ObservationRow(stream, feature, at, at, null, null, null, (short) 0, v, Double.toString(v), null,
                null, null, flag, null);
    }

    /** The buckets as the documented granule rule cuts them, computed here from what was written. */
    private static Map<Integer, Expected> expected(Map<Instant, Value> written, Instant from, Instant to, int n,
                                                   boolean hideBad) {
        long first = Math.floorDiv(from.getEpochSecond(), G) * G;
        long last = Math.floorDiv(to.getEpochSecond(), G) * G;
        long perBucket = ((last - first) / G + 1 + n - 1) / n;
        Map<Integer, List<Map.Entry<Instant, Value>>> byBucket = new TreeMap<>();
        for (Map.Entry<Instant, Value> e : written.entrySet()) {
            long granule = Math.floorDiv(e.getKey().getEpochSecond(), G) * G;
            if (granule < first || granule > last || hideBad && e.getValue().flag() == 4) {
                continue;
            }
            byBucket.computeIfAbsent((int) ((granule - first) / G / perBucket) + 1, k -> new ArrayList<>()).add(e);
        }
        Map<Integer, Expected> out = new TreeMap<>();
        byBucket.forEach((b, list) -> out.put(b, new Expected(list.size(),
                list.stream().mapToDouble(e -> e.getValue().v()).min().orElseThrow(),
                list.stream().mapToDouble(e -> e.getValue().v()).max().orElseThrow(),
                list.stream().mapToDouble(e -> e.getValue().v()).average().orElseThrow(),
                list.stream().mapToDouble(e -> e.getKey().getEpochSecond()).average().orElseThrow(),
                list.stream().mapToInt(e -> e.getValue().flag()).boxed()
                        .max((x, y) -> RANK[x] - RANK[y]).orElseThrow())));
        return out;
    }

    private static Map<Integer, Expected> served(long stream, Instant from, Instant to, int n, boolean hideBad) {
        Buckets b = STORE.buckets(stream, from, to, n, hideBad).orElseThrow();
        assertThat(b.granule()).as("buckets of whole granules").isEqualTo(G);
        Map<Integer, Expected> out = new TreeMap<>();
        for (Buckets.Bucket x : b.entries()) {
            out.put(x.index(), new Expected(x.count(), x.min(), x.max(), x.mean(),
                    x.time().getEpochSecond() + x.time().getNano() / 1e9, x.flag()));
        }
        return out;
    }

    private static void assertServedAsWritten(long stream, Map<Instant, Value> written, Instant from, Instant to,
                                              int n, boolean hideBad) {
        assertThat(served(stream, from, to, n, hideBad)).as("n=%d hideBad=%s", n, hideBad)
                .usingRecursiveComparison()
                .withComparatorForType((a, b) -> Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a)) ? 0 : 1,
                        Double.class)
                .isEqualTo(expected(written, from, to, n, hideBad));
    }

    private static long rollupRows(long stream) throws SQLException {
        try (Connection c = DB.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM series_rollups WHERE datastream_id = ?")) {
            ps.setLong(1, stream);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static boolean rolledUp(long stream, Instant t) throws SQLException {
        try (Connection c = DB.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM series_rollups WHERE datastream_id = ? "
                     + "AND granule = dmp_granule(?)")) {
            ps.setLong(1, stream);
            ps.setObject(2, t.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static int sql(String statement, Object... params) throws SQLException {
        try (Connection c = DB.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }

    @Test
    void bucketsEqualTheObservationsBeforeAndAfterTheirGranulesAreRolledUp() throws Exception {
        long stream = DB.datastream("rollup station a", 1.75, 41.18);
        TreeMap<Instant, Value> written = write(stream, Batches.feature(1.75, 41.18), START, 3 * 4320);
        Instant from = START.plusSeconds(3 * 3600 + 125);
        Instant to = written.lastKey().minusSeconds(7 * 3600 + 31);
        assertThat(rollupRows(stream)).as("nothing rolled up before a read").isZero();
        for (int n : new int[] {1, 5, 37, 200}) {
            assertServedAsWritten(stream, written, from, to, n, false);
        }
        assertThat(STORE.awaitRollups(Duration.ofSeconds(30))).isTrue();
        long granules = written.keySet().stream().map(t -> Math.floorDiv(t.getEpochSecond(), G))
                .filter(g -> g >= Math.floorDiv(from.getEpochSecond(), G) && g <= Math.floorDiv(to.getEpochSecond(), G))
                .distinct().count();
        assertThat(rollupRows(stream)).as("every granule of the range read is rolled up").isEqualTo(granules);
        for (int n : new int[] {1, 5, 37, 200}) {
            assertServedAsWritten(stream, written, from, to, n, false);
            assertServedAsWritten(stream, written, from, to, n, true);
        }
        assertThat(served(stream, from, to, 37, false).values()).extracting(Expected::flag).contains(4);
        assertThat(served(stream, from, to, 37, true).values()).extracting(Expected::flag).contains(3)
                .doesNotContain(4);
    }

    @Test
    void insertsFlagChangesAndDeletesShowAtOnceInRolledUpGranules() throws Exception {
        long stream = DB.datastream("rollup station b", 1.76, 41.19);
        long feature = Batches.feature(1.76, 41.19);
        TreeMap<Instant, Value> written = write(stream, feature, START, 4320);
        Instant from = written.firstKey();
        Instant to = written.lastKey();
        served(stream, from, to, 20, false);
        assertThat(STORE.awaitRollups(Duration.ofSeconds(30))).isTrue();

        Instant inserted = START.plusSeconds(5 * 3600 + 7);
        STORE.writeObservations(List.of(row(stream, feature, inserted, 99.5, (short) 1)));
        written.put(inserted, new Value(99.5, (short) 1));
        assertThat(rolledUp(stream, inserted)).as("the granule written to lost its roll-up").isFalse();
        assertServedAsWritten(stream, written, from, to, 20, false);

        Instant reflagged = START.plusSeconds(11 * 3600);
        sql("UPDATE observations SET qc_flag = 4 WHERE datastream_id = ? AND phenomenon_time_start = ?", stream,
                reflagged.atOffset(ZoneOffset.UTC));
        written.put(reflagged, new Value(written.get(reflagged).v(), (short) 4));
        assertThat(rolledUp(stream, reflagged)).as("the granule re-flagged lost its roll-up").isFalse();
        assertServedAsWritten(stream, written, from, to, 20, true);

        Instant deleted = START.plusSeconds(17 * 3600 + 40);
        assertThat(sql("DELETE FROM observations WHERE datastream_id = ? AND phenomenon_time_start = ?", stream,
                deleted.atOffset(ZoneOffset.UTC))).isOne();
        written.remove(deleted);
        assertThat(rolledUp(stream, deleted)).as("the granule deleted from lost its roll-up").isFalse();
        assertThat(rolledUp(stream, START.plusSeconds(23 * 3600))).as("a granule not touched").isTrue();
        assertServedAsWritten(stream, written, from, to, 20, false);
        assertThat(STORE.awaitRollups(Duration.ofSeconds(30))).isTrue();

        STORE.delete(StoreFixture.path("Datastreams(" + stream + ")"));
        assertThat(rollupRows(stream)).as("a deleted Datastream keeps no roll-ups").isZero();
    }

    @Test
    void concurrentWritesAndFillsNeverLeaveAStaleRollup() throws Exception {
        long stream = DB.datastream("rollup station c", 1.77, 41.2);
        long feature = Batches.feature(1.77, 41.2);
        Map<Instant, Value> written = new ConcurrentSkipListMap<>(write(stream, feature, START, 2160));
        Instant from = START;
        Instant to = START.plusSeconds(12 * 3600 - 1);
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int seed = w;
            Thread t = new Thread(() -> {
                Random random = new Random(seed);
                while (!stop.get()) {
                    // Between the stored 20 s steps, so every write is new.
                    Instant at = START.plusSeconds(20L * random.nextInt(2160) + 1 + seed * 10L);
                    double v = random.nextDouble() * 10;
                    STORE.writeObservations(List.of(row(stream, feature, at, v, (short) 1)));
                    written.putIfAbsent(at, new Value(v, (short) 1));
                }
            });
            t.start();
            writers.add(t);
        }
        long end = System.nanoTime() + Duration.ofSeconds(4).toNanos();
        while (System.nanoTime() < end) {
            served(stream, from, to, 60, false);
        }
        stop.set(true);
        for (Thread t : writers) {
            t.join();
        }
        assertThat(STORE.awaitRollups(Duration.ofSeconds(30))).isTrue();
        try (Connection c = DB.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT r.granule, r.n, q.n FROM series_rollups r "
                     + "LEFT JOIN (SELECT dmp_granule(phenomenon_time_start) AS g, count(*) AS n FROM observations "
                     + "WHERE datastream_id = ? GROUP BY 1) q ON q.g = r.granule WHERE r.datastream_id = ? "
                     + "AND r.n IS DISTINCT FROM q.n")) {
            ps.setLong(1, stream);
            ps.setLong(2, stream);
            try (ResultSet rs = ps.executeQuery()) {
                List<String> stale = new ArrayList<>();
                while (rs.next()) {
                    stale.add(rs.getString(1) + ": rolled up " + rs.getLong(2) + ", stored " + rs.getLong(3));
                }
                assertThat(stale).as("roll-ups that differ from the stored observations").isEmpty();
            }
        }
        assertServedAsWritten(stream, written, from, to, 60, false);
    }
}
