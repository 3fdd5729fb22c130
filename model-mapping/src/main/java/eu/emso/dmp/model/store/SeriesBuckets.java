package eu.emso.dmp.model.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Min, max, mean, count and worst QC flag of a Datastream's numeric results per time bucket, so
 * that a plot of years of 1 Hz data reads one row per pixel, not one per observation. One
 * aggregate query over the {@code (datastream_id, phenomenon_time_start)} index. Thread-safe.
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
            + "max(CASE o.qc_flag WHEN 4 THEN 5 WHEN 3 THEN 4 WHEN 9 THEN 3 WHEN 2 THEN 2 WHEN 1 THEN 1 ELSE 0 END) "
            + "FROM observations o WHERE o.datastream_id = ? AND o.phenomenon_time_start >= ? "
            + "AND o.phenomenon_time_start <= ? AND o.result_number IS NOT NULL %s GROUP BY 1 ORDER BY 1";
    private static final String NOT_BAD = "AND o.qc_flag IS DISTINCT FROM 4";
    private static final String RANGE = "SELECT phenomenon_time_start, phenomenon_time_end FROM datastreams WHERE id = ?";
    private static final int[] FLAG_OF_RANK = {0, 1, 2, 9, 3, 4};

    private SeriesBuckets() {
    }

    /**
     * The buckets of Datastream {@code id}; {@code from} and {@code to} default to its phenomenon
     * time. Empty when the Datastream does not exist.
     */
    static Optional<Buckets> read(Connection c, long id, Instant from, Instant to, int n, boolean hideBad)
            throws SQLException {
        Instant[] range = range(c, id);
        if (range == null) {
            return Optional.empty();
        }
        Instant lo = from != null ? from : range[0];
        Instant hi = to != null ? to : range[1];
        if (lo == null || hi == null || hi.isBefore(lo)) {
            return Optional.of(new Buckets(lo, hi, n, List.of()));
        }
        double loS = seconds(lo);
        double hiS = hi.equals(lo) ? loS + 1e-6 : seconds(hi);
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
        return Optional.of(new Buckets(lo, hi, n, out));
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
