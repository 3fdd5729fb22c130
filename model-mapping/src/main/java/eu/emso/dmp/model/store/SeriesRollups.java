package eu.emso.dmp.model.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rolls up granules of Datastreams into {@code series_rollups} (migration V17) in the background,
 * as reads of {@link SeriesBuckets} ask for them: each granule's count, time and value sums,
 * extremes and worst flag, with and without the results flagged bad. Writers delete the rows of
 * the granules they touch (triggers of V17); this fills them again, under the Datastream's
 * roll-up lock, so a row is never older than a committed observation of its granule.
 *
 * <p>One worker thread, started when there is work and gone after 30 idle seconds. Each
 * transaction rolls up at most {@value #PER_TRANSACTION} granules of one Datastream (two days
 * at 10 minutes: 172,800 observations of a 1 Hz series), so that writers of that Datastream wait
 * for its lock a fraction of a second at most. Requests beyond {@value #MOST_PENDING} pending
 * granules are dropped: the reads that meet those granules ask again. Thread-safe.
 */
final class SeriesRollups {
    /** The granule's width; {@code dmp_granule} in V17 says the same. */
    static final long GRANULE_SECONDS = 600;
    /** Severity rank of an observation's QC flag: 5 bad, 4 suspect, 3 missing, 2 not evaluated, 1 good, 0 none. */
    static final String RANK = "CASE o.qc_flag WHEN 4 THEN 5 WHEN 3 THEN 4 WHEN 9 THEN 3 WHEN 2 THEN 2 WHEN 1 THEN 1 "
            + "ELSE 0 END";
    /** The aggregate columns of a granule, in the order of {@code series_rollups} and {@link #AGGREGATE}. */
    static final String COLUMNS = "n, t_sum, v_min, v_max, v_sum, worst, n_ok, t_sum_ok, v_min_ok, v_max_ok, v_sum_ok, "
            + "worst_ok";
    private static final String OK = " FILTER (WHERE o.qc_flag IS DISTINCT FROM 4)";
    private static final String EPOCH = "date_part('epoch', o.phenomenon_time_start)";
    /**
     * The granules of one Datastream's results within time ranges: parameters are the ranges'
     * starts and ends (text arrays of ISO instants, end exclusive) and the Datastream's id.
     */
    static final String AGGREGATE = "SELECT dmp_granule(o.phenomenon_time_start) AS g, count(*), sum(" + EPOCH + "), "
            + "min(o.result_number), max(o.result_number), sum(o.result_number), max(" + RANK + "), "
            + "count(*)" + OK + ", sum(" + EPOCH + ")" + OK + ", min(o.result_number)" + OK + ", "
            + "max(o.result_number)" + OK + ", sum(o.result_number)" + OK + ", max(" + RANK + ")" + OK + " "
            + "FROM unnest(CAST(? AS timestamptz[]), CAST(? AS timestamptz[])) AS r(lo, hi) "
            + "JOIN observations o ON o.datastream_id = ? AND o.phenomenon_time_start >= r.lo "
            + "AND o.phenomenon_time_start < r.hi AND o.result_number IS NOT NULL GROUP BY 1 ORDER BY 1";
    private static final String LOCK = "SELECT pg_advisory_xact_lock(1380928588, (CAST(? AS bigint) % 2147483648)::int)";
    private static final String FILL = "INSERT INTO series_rollups (datastream_id, granule, " + COLUMNS + ") "
            + "SELECT ?, q.* FROM (" + AGGREGATE + ") q ON CONFLICT (datastream_id, granule) DO UPDATE SET "
            + "n = EXCLUDED.n, t_sum = EXCLUDED.t_sum, v_min = EXCLUDED.v_min, v_max = EXCLUDED.v_max, "
            + "v_sum = EXCLUDED.v_sum, worst = EXCLUDED.worst, n_ok = EXCLUDED.n_ok, t_sum_ok = EXCLUDED.t_sum_ok, "
            + "v_min_ok = EXCLUDED.v_min_ok, v_max_ok = EXCLUDED.v_max_ok, v_sum_ok = EXCLUDED.v_sum_ok, "
            + "worst_ok = EXCLUDED.worst_ok";
    private static final int PER_TRANSACTION = 288;
    private static final int MOST_PENDING = 1_000_000;
    private static final Logger LOG = LoggerFactory.getLogger(SeriesRollups.class);

    private final Transactions tx;
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "series-rollups");
                t.setDaemon(true);
                return t;
            });
    /** Granules to roll up by Datastream, in the order they were asked for; guarded by this. */
    private final Map<Long, TreeSet<Instant>> pending = new LinkedHashMap<>();
    private int pendingCount;
    private boolean draining;

    SeriesRollups(Transactions tx) {
        this.tx = tx;
    }

    /** Asks for {@code granules} (their starts) of Datastream {@code datastream} to be rolled up. */
    void request(long datastream, List<Instant> granules) {
        if (granules.isEmpty()) {
            return;
        }
        synchronized (this) {
            TreeSet<Instant> set = pending.computeIfAbsent(datastream, k -> new TreeSet<>());
            for (Instant g : granules) {
                if (pendingCount < MOST_PENDING && set.add(g)) {
                    pendingCount++;
                }
            }
            if (set.isEmpty()) {
                pending.remove(datastream);
            }
            if (draining || pending.isEmpty()) {
                return;
            }
            draining = true;
        }
        worker.execute(this::drain);
    }

    /** Waits until nothing is pending; false when {@code timeout} passed first. */
    synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (draining) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    private void drain() {
        while (true) {
            long datastream;
            List<Instant> chunk = new ArrayList<>();
            synchronized (this) {
                Iterator<Map.Entry<Long, TreeSet<Instant>>> it = pending.entrySet().iterator();
                if (!it.hasNext()) {
                    draining = false;
                    notifyAll();
                    return;
                }
                Map.Entry<Long, TreeSet<Instant>> e = it.next();
                datastream = e.getKey();
                while (chunk.size() < PER_TRANSACTION && !e.getValue().isEmpty()) {
                    chunk.add(e.getValue().pollFirst());
                }
                if (e.getValue().isEmpty()) {
                    it.remove();
                }
                pendingCount -= chunk.size();
            }
            try {
                fill(datastream, chunk);
            } catch (RuntimeException e) {
                // A Datastream deleted meanwhile, or the database away: the next read asks again.
                LOG.debug("could not roll up {} granules of Datastream {}", chunk.size(), datastream, e);
            }
        }
    }

    /** Rolls up {@code granules} (in time order) of {@code datastream} in one transaction. */
    void fill(long datastream, List<Instant> granules) {
        List<Instant[]> ranges = ranges(granules);
        tx.write(c -> {
            try (PreparedStatement lock = c.prepareStatement(LOCK)) {
                lock.setLong(1, datastream);
                lock.execute();
            }
            // A statement of its own after the lock: its snapshot holds every writer that held the lock before.
            try (PreparedStatement ps = c.prepareStatement(FILL)) {
                ps.setLong(1, datastream);
                bind(c, ps, 2, datastream, ranges);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Consecutive granules (starts, in time order) merged into {@code [start, end)} ranges. */
    static List<Instant[]> ranges(List<Instant> granules) {
        List<Instant[]> out = new ArrayList<>();
        for (Instant g : granules) {
            Instant end = g.plusSeconds(GRANULE_SECONDS);
            Instant[] tail = out.isEmpty() ? null : out.get(out.size() - 1);
            if (tail != null && tail[1].equals(g)) {
                tail[1] = end;
            } else {
                out.add(new Instant[] {g, end});
            }
        }
        return out;
    }

    /** Binds the parameters of {@link #AGGREGATE} from parameter {@code first} on. */
    static void bind(Connection c, PreparedStatement ps, int first, long datastream, List<Instant[]> ranges)
            throws SQLException {
        String[] starts = new String[ranges.size()];
        String[] ends = new String[ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            starts[i] = ranges.get(i)[0].toString();
            ends[i] = ranges.get(i)[1].toString();
        }
        ps.setArray(first, c.createArrayOf("text", starts));
        ps.setArray(first + 1, c.createArrayOf("text", ends));
        ps.setLong(first + 2, datastream);
    }
}
