package eu.emso.dmp.model.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps each Datastream's (and MultiDatastream's) phenomenon time, result time, observed area and
 * number of observations up to date, once per written batch and Datastream, never recomputed from
 * all observations, and sets the series version of each stream it touches to this transaction's
 * id. Every statement that adds, deletes, moves or changes observations goes through here.
 */
final class DatastreamAggregates {
    /** Marks the stream's series as changed by this transaction (migration V8). */
    static final String BUMP = "series_version = pg_current_xact_id()::text::bigint";
    private static final String UPDATE = "UPDATE %s d SET "
            + "phenomenon_time_start = LEAST(d.phenomenon_time_start, ?), "
            + "phenomenon_time_end = GREATEST(d.phenomenon_time_end, ?), "
            + "result_time_start = LEAST(d.result_time_start, ?), "
            + "result_time_end = GREATEST(d.result_time_end, ?), "
            + "observation_count = d.observation_count + ?, " + BUMP + ", "
            + "observed_area = (SELECT ST_ConvexHull(ST_Collect(g)) FROM (SELECT d.observed_area AS g "
            + "UNION ALL SELECT f.geom FROM features f WHERE f.id = ANY(?)) s) WHERE d.id = ?";

    private static final String WIDEN = "UPDATE %1$s d SET "
            + "phenomenon_time_start = LEAST(d.phenomenon_time_start, o.phenomenon_time_start), "
            + "phenomenon_time_end = GREATEST(d.phenomenon_time_end, o.phenomenon_time_end), "
            + "result_time_start = LEAST(d.result_time_start, o.result_time), "
            + "result_time_end = GREATEST(d.result_time_end, o.result_time), "
            + "observed_area = ST_ConvexHull(COALESCE(ST_Collect(d.observed_area, f.geom), d.observed_area, f.geom)), "
            + BUMP + " "
            + "FROM observations o LEFT JOIN features f ON f.id = o.feature_id "
            + "WHERE o.id = ? AND d.id = o.%2$s";

    private static final String RECOUNT = "UPDATE %1$s d SET observation_count = d.observation_count + ?, " + BUMP + " "
            + "FROM observations o WHERE o.id = ? AND d.id = o.%2$s";

    /** Deletes observations, keeping the counts of the streams they leave; %s is the condition. */
    private static final String DELETE = "WITH gone AS (DELETE FROM observations WHERE %s "
            + "RETURNING datastream_id, multi_datastream_id), "
            + "single AS (UPDATE datastreams d SET observation_count = d.observation_count - g.n, " + BUMP + " "
            + "FROM (SELECT datastream_id, count(*) AS n FROM gone GROUP BY 1) g WHERE d.id = g.datastream_id) "
            + "UPDATE multi_datastreams d SET observation_count = d.observation_count - g.n, " + BUMP + " "
            + "FROM (SELECT multi_datastream_id, count(*) AS n FROM gone GROUP BY 1) g "
            + "WHERE d.id = g.multi_datastream_id";

    /** Widens the series of one (Datastream, feature) pair, creating it on its first observation. */
    private static final String SERIES = "INSERT INTO datastream_features AS s "
            + "(datastream_id, feature_id, phenomenon_time_start, phenomenon_time_end) VALUES (?, ?, ?, ?) "
            + "ON CONFLICT (datastream_id, feature_id) DO UPDATE SET "
            + "phenomenon_time_start = LEAST(s.phenomenon_time_start, EXCLUDED.phenomenon_time_start), "
            + "phenomenon_time_end = GREATEST(s.phenomenon_time_end, EXCLUDED.phenomenon_time_end)";

    /** The same for an Observation that changed: its (possibly new) Datastream and feature. */
    private static final String SERIES_OF = "INSERT INTO datastream_features AS s "
            + "(datastream_id, feature_id, phenomenon_time_start, phenomenon_time_end) "
            + "SELECT o.datastream_id, o.feature_id, o.phenomenon_time_start, o.phenomenon_time_end "
            + "FROM observations o WHERE o.id = ? AND o.datastream_id IS NOT NULL "
            + "ON CONFLICT (datastream_id, feature_id) DO UPDATE SET "
            + "phenomenon_time_start = LEAST(s.phenomenon_time_start, EXCLUDED.phenomenon_time_start), "
            + "phenomenon_time_end = GREATEST(s.phenomenon_time_end, EXCLUDED.phenomenon_time_end)";

    private static final String READ_SERIES = "SELECT datastream_id, feature_id, phenomenon_time_start, "
            + "phenomenon_time_end FROM datastream_features WHERE datastream_id = ANY(?) "
            + "ORDER BY datastream_id, feature_id";

    private DatastreamAggregates() {
    }

    /** Deletes the observations matching {@code condition} (with one {@code ?} for {@code param}). */
    static void delete(Connection c, String condition, long param) throws SQLException {
        Rows.execute(c, String.format(DELETE, condition), param);
    }

    /**
     * Before ({@code delta} -1) and after ({@code delta} +1) an Observation is moved to another
     * Datastream or MultiDatastream: takes it out of its stream's count, or adds it to the new one.
     */
    static void recount(Connection c, long observationId, int delta) throws SQLException {
        Rows.execute(c, String.format(RECOUNT, "datastreams", "datastream_id"), delta, observationId);
        Rows.execute(c, String.format(RECOUNT, "multi_datastreams", "multi_datastream_id"), delta, observationId);
    }

    /** After an Observation changed: widens its Datastream's (or MultiDatastream's) aggregates to cover it. */
    static void widen(Connection c, long observationId) throws SQLException {
        Rows.execute(c, String.format(WIDEN, "datastreams", "datastream_id"), observationId);
        Rows.execute(c, String.format(WIDEN, "multi_datastreams", "multi_datastream_id"), observationId);
        Rows.execute(c, SERIES_OF, observationId);
    }

    /** The series of these Datastreams, by Datastream and feature id. */
    static List<SeriesAvailability> series(Connection c, java.util.Collection<Long> datastreamIds) throws SQLException {
        List<SeriesAvailability> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(READ_SERIES)) {
            ps.setObject(1, datastreamIds.stream().mapToLong(Long::longValue).toArray());
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SeriesAvailability(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class),
                            rs.getObject(4, OffsetDateTime.class)));
                }
            }
        }
        return out;
    }

    static void update(Connection c, List<ObservationRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Map<Long, List<ObservationRow>> single = new LinkedHashMap<>();
        Map<Long, List<ObservationRow>> multi = new LinkedHashMap<>();
        for (ObservationRow r : rows) {
            (r.multiDatastreamId() == null ? single : multi)
                    .computeIfAbsent(r.multiDatastreamId() == null ? r.datastreamId() : r.multiDatastreamId(),
                            k -> new ArrayList<>()).add(r);
        }
        update(c, "datastreams", single);
        update(c, "multi_datastreams", multi);
        series(c, single);
    }

    /** Widens each (Datastream, feature) series of the batch once, in a stable order. */
    private static void series(Connection c, Map<Long, List<ObservationRow>> byStream) throws SQLException {
        if (byStream.isEmpty()) {
            return;
        }
        Map<List<Long>, OffsetDateTime[]> ranges = new java.util.TreeMap<>(
                java.util.Comparator.<List<Long>, Long>comparing(k -> k.get(0)).thenComparing(k -> k.get(1)));
        byStream.forEach((ds, rows) -> rows.forEach(r -> ranges.merge(List.of(ds, r.featureId()),
                new OffsetDateTime[] {r.phenomenonStart(), r.phenomenonEnd()},
                (a, b) -> new OffsetDateTime[] {min(a[0], b[0]), max(a[1], b[1])})));
        try (PreparedStatement ps = c.prepareStatement(SERIES)) {
            for (Map.Entry<List<Long>, OffsetDateTime[]> e : ranges.entrySet()) {
                ps.setLong(1, e.getKey().get(0));
                ps.setLong(2, e.getKey().get(1));
                ps.setObject(3, e.getValue()[0]);
                ps.setObject(4, e.getValue()[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void update(Connection c, String table, Map<Long, List<ObservationRow>> byStream)
            throws SQLException {
        if (byStream.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(String.format(UPDATE, table))) {
            for (Map.Entry<Long, List<ObservationRow>> e : byStream.entrySet()) {
                Set<Long> features = new LinkedHashSet<>();
                OffsetDateTime pMin = null;
                OffsetDateTime pMax = null;
                OffsetDateTime rMin = null;
                OffsetDateTime rMax = null;
                for (ObservationRow r : e.getValue()) {
                    features.add(r.featureId());
                    pMin = min(pMin, r.phenomenonStart());
                    pMax = max(pMax, r.phenomenonEnd());
                    rMin = min(rMin, r.resultTime());
                    rMax = max(rMax, r.resultTime());
                }
                ps.setObject(1, pMin);
                ps.setObject(2, pMax);
                ps.setObject(3, rMin);
                ps.setObject(4, rMax);
                ps.setLong(5, e.getValue().size());
                ps.setObject(6, features.stream().mapToLong(Long::longValue).toArray());
                ps.setLong(7, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static OffsetDateTime min(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static OffsetDateTime max(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
