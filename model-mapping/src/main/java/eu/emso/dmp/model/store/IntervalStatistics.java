package eu.emso.dmp.model.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Mean, minimum, maximum, sample standard deviation and count of a Datastream's numeric results
 * per time interval, computed by the database over the {@code (datastream_id,
 * phenomenon_time_start) INCLUDE (result_number, qc_flag)} index: {@code date_bin} for intervals
 * of a fixed length (aligned on 2000-01-01T00:00Z, so hours and days start on the hour and at
 * midnight UTC), {@code date_trunc} in UTC for calendar months. Only values whose aggregate
 * QARTOD flag is among the flags asked for count. Stateless.
 */
public final class IntervalStatistics {
    private static final String SELECT = "SELECT %s AS bin, avg(result_number), min(result_number), "
            + "max(result_number), stddev_samp(result_number), count(result_number) FROM observations "
            + "WHERE datastream_id = ? AND result_number IS NOT NULL AND phenomenon_time_start >= ? "
            + "AND phenomenon_time_start < ?%s GROUP BY 1 ORDER BY 1";
    private static final String FIXED = "date_bin(?::interval, phenomenon_time_start, TIMESTAMPTZ '2000-01-01T00:00:00Z')";
    private static final String MONTH = "date_trunc('month', phenomenon_time_start AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'";
    private static final OffsetDateTime EARLIEST = OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime LATEST = OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);

    private IntervalStatistics() {
    }

    /**
     * What to aggregate. Immutable.
     *
     * @param datastream the Datastream id
     * @param length     the interval length (at least one second), or null for calendar months
     * @param from       the earliest phenomenon time counted, or null
     * @param to         the phenomenon time before which values count, or null
     * @param flags      the aggregate QARTOD flags counted; empty: every value, flagged or not
     */
    public record Query(long datastream, Duration length, OffsetDateTime from, OffsetDateTime to, List<Integer> flags) {
        public Query {
            flags = List.copyOf(flags);
        }
    }

    /**
     * The statistics of one interval. Immutable.
     *
     * @param start the interval's start
     * @param stdev the sample standard deviation, NaN for a single value
     */
    public record Bin(Instant start, double mean, double min, double max, double stdev, long count) {
    }

    /** Passes the bins of {@code q} with at least one value to {@code sink}, in time order. */
    static void read(Connection c, Query q, Consumer<Bin> sink) throws SQLException {
        Objects.requireNonNull(q);
        String sql = String.format(SELECT, q.length() == null ? MONTH : FIXED,
                q.flags().isEmpty() ? "" : " AND qc_flag = ANY(?)");
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false); // a cursor: bins are fetched page by page
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(10_000);
            int i = 1;
            if (q.length() != null) {
                ps.setString(i++, q.length().getSeconds() + " seconds");
            }
            ps.setLong(i++, q.datastream());
            ps.setObject(i++, q.from() == null ? EARLIEST : q.from());
            ps.setObject(i++, q.to() == null ? LATEST : q.to());
            if (!q.flags().isEmpty()) {
                ps.setArray(i, c.createArrayOf("smallint", q.flags().stream().map(Integer::shortValue).toArray()));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double sd = rs.getDouble(5);
                    if (rs.wasNull()) {
                        sd = Double.NaN; // stddev_samp of one value
                    }
                    sink.accept(new Bin(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getDouble(2),
                            rs.getDouble(3), rs.getDouble(4), sd, rs.getLong(6)));
                }
            }
        } finally {
            c.rollback();
            c.setAutoCommit(auto);
        }
    }
}
