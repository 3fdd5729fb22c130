package eu.emso.dmp.model.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Min, max, mean, count and worst QC flag of a Datastream's numeric results per time bucket, so
 * that a plot of years of 1 Hz data reads one row per pixel, not one per observation. Thread-safe.
 *
 * <p>Buckets of at least one roll-up granule ({@link SeriesRollups#GRANULE_SECONDS}) are made of
 * whole granules: the granules that have a roll-up row are read from {@code series_rollups}, the
 * others are aggregated from the observations in the same request and reported in
 * {@link Read#unrolled()}, for the store to roll them up. Narrower buckets are one aggregate query
 * over the {@code (datastream_id, phenomenon_time_start)} index.
 */
final class SeriesBuckets {
    /**
     * Bucket number 1..n of a phenomenon time (the upper bound lands in bucket n); date_part gives
     * a float8, cheaper than extract's numeric.
     */
    private static final String SQL = "SELECT LEAST(width_bucket(date_part('epoch', o.phenomenon_time_start), "
            + "?::float8, ?::float8, ?), ?) AS b, "
            + "to_timestamp(avg(date_part('epoch', o.phenomenon_time_start))) AS t, "
            + "min(o.result_number), max(o.result_number), avg(o.result_number), count(*), "
            + "max(" + SeriesRollups.RANK + ") "
            + "FROM observations o WHERE o.datastream_id = ? AND o.phenomenon_time_start >= ? "
            + "AND o.phenomenon_time_start <= ? AND o.result_number IS NOT NULL %s GROUP BY 1 ORDER BY 1";
    private static final String NOT_BAD = "AND o.qc_flag IS DISTINCT FROM 4";
    private static final String RANGE = "SELECT phenomenon_time_start, phenomenon_time_end FROM datastreams WHERE id = ?";
    private static final String ROLLUPS = "SELECT granule, " + SeriesRollups.COLUMNS
            + " FROM series_rollups WHERE datastream_id = ? AND granule >= ? AND granule <= ? ORDER BY granule";
    private static final int[] FLAG_OF_RANK = {0, 1, 2, 9, 3, 4};

    /**
     * The buckets, and the granules that held results but had no roll-up row (in time order).
     */
    record Read(Buckets buckets, List<Instant> unrolled) {
    }

    private SeriesBuckets() {
    }

    /**
     * The buckets of Datastream {@code id}; {@code from} and {@code to} default to its phenomenon
     * time. {@code null} when the Datastream does not exist.
     */
    static Read read(Connection c, long id, Instant from, Instant to, int n, boolean hideBad) throws SQLException {
        Instant[] range = range(c, id);
        if (range == null) {
            return null;
        }
        Instant lo = from != null ? from : range[0];
        Instant hi = to != null ? to : range[1];
        if (lo == null || hi == null || hi.isBefore(lo)) {
            return new Read(new Buckets(lo, hi, n, lo, 0, 0, List.of()), List.of());
        }
        double loS = seconds(lo);
        double hiS = hi.equals(lo) ? loS + 1e-6 : seconds(hi);
        if ((hiS - loS) / n >= SeriesRollups.GRANULE_SECONDS) {
            return granules(c, id, lo, hi, n, hideBad);
        }
        List<Buckets.Bucket> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(String.format(SQL, hideBad ? NOT_BAD : ""))) {
            ps.setDouble(1, loS);
            ps.setDouble(2, hiS);
            ps.setInt(3, n);
            ps.setInt(4, n);
            ps.setLong(5, id);
            ps.setObject(6, lo.atOffset(ZoneOffset.UTC));
            ps.setObject(7, hi.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Buckets.Bucket(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getLong(6), FLAG_OF_RANK[rs.getInt(7)]));
                }
            }
        }
        return new Read(new Buckets(lo, hi, n, lo, (hiS - loS) / n, 0, out), List.of());
    }

    /** Buckets of whole granules: roll-up rows where present, the observations elsewhere. */
    private static Read granules(Connection c, long id, Instant lo, Instant hi, int n, boolean hideBad)
            throws SQLException {
        long g = SeriesRollups.GRANULE_SECONDS;
        long first = Math.floorDiv(lo.getEpochSecond(), g) * g;
        long last = Math.floorDiv(hi.getEpochSecond(), g) * g;
        long count = (last - first) / g + 1;
        long perBucket = (count + n - 1) / n;
        TreeMap<Integer, Sum> sums = new TreeMap<>();
        Set<Long> rolled = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(ROLLUPS)) {
            ps.setLong(1, id);
            ps.setTimestamp(2, Timestamp.from(Instant.ofEpochSecond(first)));
            ps.setTimestamp(3, Timestamp.from(Instant.ofEpochSecond(last)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long start = rs.getTimestamp(1).toInstant().getEpochSecond();
                    rolled.add(start);
                    add(sums, rs, (start - first) / g / perBucket, hideBad);
                }
            }
        }
        List<Instant> missing = new ArrayList<>();
        for (long s = first; s <= last; s += g) {
            if (!rolled.contains(s)) {
                missing.add(Instant.ofEpochSecond(s));
            }
        }
        List<Instant> unrolled = new ArrayList<>();
        if (!missing.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(SeriesRollups.AGGREGATE)) {
                SeriesRollups.bind(c, ps, 1, id, SeriesRollups.ranges(missing));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Instant start = rs.getTimestamp(1).toInstant();
                        unrolled.add(start);
                        add(sums, rs, (start.getEpochSecond() - first) / g / perBucket, hideBad);
                    }
                }
            }
        }
        List<Buckets.Bucket> out = new ArrayList<>();
        sums.forEach((index, s) -> out.add(s.bucket(index)));
        return new Read(new Buckets(lo, hi, n, Instant.ofEpochSecond(first), perBucket * g, g, out), unrolled);
    }

    /**
     * Adds the granule of the current row (columns 2.. as {@link SeriesRollups#COLUMNS} orders
     * them) to bucket {@code offset} + 1.
     */
    private static void add(TreeMap<Integer, Sum> sums, ResultSet rs, long offset, boolean hideBad)
            throws SQLException {
        int at = hideBad ? 8 : 2;
        long n = rs.getLong(at);
        if (n == 0) {
            return;
        }
        sums.computeIfAbsent((int) offset + 1, k -> new Sum())
                .add(n, rs.getDouble(at + 1), rs.getDouble(at + 2), rs.getDouble(at + 3), rs.getDouble(at + 4),
                        rs.getInt(at + 5));
    }

    /** A bucket being summed up from its granules. */
    private static final class Sum {
        private long n;
        private double time;
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;
        private double sum;
        private int worst;

        void add(long count, double timeSum, double lowest, double highest, double valueSum, int rank) {
            n += count;
            time += timeSum;
            min = Math.min(min, lowest);
            max = Math.max(max, highest);
            sum += valueSum;
            worst = Math.max(worst, rank);
        }

        Buckets.Bucket bucket(int index) {
            double t = time / n;
            long s = (long) Math.floor(t);
            Instant mean = Instant.ofEpochSecond(s, Math.round((t - s) * 1e6) * 1000);
            return new Buckets.Bucket(index, mean, min, max, sum / n, n, FLAG_OF_RANK[worst]);
        }
    }

    private static Instant[] range(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(RANGE)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                OffsetDateTime s = rs.getObject(1, OffsetDateTime.class);
                OffsetDateTime e = rs.getObject(2, OffsetDateTime.class);
                return new Instant[] {s == null ? null : s.toInstant(), e == null ? null : e.toInstant()};
            }
        }
    }

    private static double seconds(Instant t) {
        return t.getEpochSecond() + t.getNano() / 1e9;
    }
}
