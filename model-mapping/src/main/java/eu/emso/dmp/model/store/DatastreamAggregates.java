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
 * Keeps each Datastream's phenomenon time, result time and observed area up to date, once per
 * written batch and Datastream, never recomputed from all observations.
 */
final class DatastreamAggregates {
    private static final String UPDATE = "UPDATE %s d SET "
            + "phenomenon_time_start = LEAST(d.phenomenon_time_start, ?), "
            + "phenomenon_time_end = GREATEST(d.phenomenon_time_end, ?), "
            + "result_time_start = LEAST(d.result_time_start, ?), "
            + "result_time_end = GREATEST(d.result_time_end, ?), "
            + "observed_area = (SELECT ST_ConvexHull(ST_Collect(g)) FROM (SELECT d.observed_area AS g "
            + "UNION ALL SELECT f.geom FROM features f WHERE f.id = ANY(?)) s) WHERE d.id = ?";

    private static final String WIDEN = "UPDATE %1$s d SET "
            + "phenomenon_time_start = LEAST(d.phenomenon_time_start, o.phenomenon_time_start), "
            + "phenomenon_time_end = GREATEST(d.phenomenon_time_end, o.phenomenon_time_end), "
            + "result_time_start = LEAST(d.result_time_start, o.result_time), "
            + "result_time_end = GREATEST(d.result_time_end, o.result_time), "
            + "observed_area = ST_ConvexHull(COALESCE(ST_Collect(d.observed_area, f.geom), d.observed_area, f.geom)) "
            + "FROM observations o LEFT JOIN features f ON f.id = o.feature_id "
            + "WHERE o.id = ? AND d.id = o.%2$s";

    private DatastreamAggregates() {
    }

    /** After an Observation changed: widens its Datastream's (or MultiDatastream's) aggregates to cover it. */
    static void widen(Connection c, long observationId) throws SQLException {
        Rows.execute(c, String.format(WIDEN, "datastreams", "datastream_id"), observationId);
        Rows.execute(c, String.format(WIDEN, "multi_datastreams", "multi_datastream_id"), observationId);
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
                ps.setObject(5, features.stream().mapToLong(Long::longValue).toArray());
                ps.setLong(6, e.getKey());
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
