package eu.emso.dmp.model.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Stores batches of observations with one set-based statement ({@code INSERT ... SELECT unnest})
 * and then updates the aggregates of each touched Datastream once (phenomenon and result time
 * ranges, observed area). No row triggers are involved. Thread-safe; the caller owns the
 * transaction.
 */
final class ObservationWriter {
    private static final String INSERT = "INSERT INTO observations (datastream_id, feature_id, "
            + "phenomenon_time_start, phenomenon_time_end, result_time, valid_time_start, valid_time_end, "
            + "result_type, result_number, result_string, result_json, result_quality, parameters, qc_flag) "
            + "SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::timestamptz[], ?::timestamptz[], "
            + "?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::smallint[], ?::float8[], ?::text[], "
            + "?::jsonb[], ?::jsonb[], ?::jsonb[], ?::smallint[]) RETURNING id";
    private static final String AGGREGATE = "UPDATE datastreams d SET "
            + "phenomenon_time_start = LEAST(d.phenomenon_time_start, ?), "
            + "phenomenon_time_end = GREATEST(d.phenomenon_time_end, ?), "
            + "result_time_start = LEAST(d.result_time_start, ?), "
            + "result_time_end = GREATEST(d.result_time_end, ?), "
            + "observed_area = (SELECT ST_ConvexHull(ST_Collect(g)) FROM (SELECT d.observed_area AS g "
            + "UNION ALL SELECT f.geom FROM features f WHERE f.id = ANY(?)) s) WHERE d.id = ?";

    private final Partitions partitions;

    ObservationWriter(Partitions partitions) {
        this.partitions = partitions;
    }

    /** Inserts the rows in one statement; returns their ids in order. */
    List<Long> insert(Connection c, List<ObservationRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        partitions.ensure(rows.stream().map(ObservationRow::phenomenonStart).toList());
        List<Long> ids = new ArrayList<>(rows.size());
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            int i = 1;
            ps.setObject(i++, rows.stream().mapToLong(ObservationRow::datastreamId).toArray());
            ps.setObject(i++, rows.stream().mapToLong(ObservationRow::featureId).toArray());
            ps.setArray(i++, times(c, rows, ObservationRow::phenomenonStart));
            ps.setArray(i++, times(c, rows, ObservationRow::phenomenonEnd));
            ps.setArray(i++, times(c, rows, ObservationRow::resultTime));
            ps.setArray(i++, times(c, rows, ObservationRow::validStart));
            ps.setArray(i++, times(c, rows, ObservationRow::validEnd));
            ps.setArray(i++, array(c, "int2", rows, ObservationRow::resultType));
            ps.setArray(i++, array(c, "float8", rows, ObservationRow::resultNumber));
            ps.setArray(i++, array(c, "text", rows, ObservationRow::resultString));
            ps.setArray(i++, array(c, "text", rows, r -> text(r.resultJson())));
            ps.setArray(i++, array(c, "text", rows, r -> text(r.resultQuality())));
            ps.setArray(i++, array(c, "text", rows, r -> text(r.parameters())));
            ps.setArray(i++, array(c, "int2", rows, ObservationRow::qcFlag));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        aggregate(c, rows);
        return ids;
    }

    private static void aggregate(Connection c, List<ObservationRow> rows) throws SQLException {
        Map<Long, List<ObservationRow>> byStream = new LinkedHashMap<>();
        for (ObservationRow r : rows) {
            byStream.computeIfAbsent(r.datastreamId(), k -> new ArrayList<>()).add(r);
        }
        try (PreparedStatement ps = c.prepareStatement(AGGREGATE)) {
            for (Map.Entry<Long, List<ObservationRow>> e : byStream.entrySet()) {
                List<ObservationRow> rs = e.getValue();
                Set<Long> features = new LinkedHashSet<>();
                OffsetDateTime pMin = null, pMax = null, rMin = null, rMax = null;
                for (ObservationRow r : rs) {
                    features.add(r.featureId());
                    pMin = min(pMin, r.phenomenonStart());
                    pMax = max(pMax, r.phenomenonEnd() != null ? r.phenomenonEnd() : r.phenomenonStart());
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

    private static String text(Object json) {
        return json == null ? null : json.toString();
    }

    private static Array times(Connection c, List<ObservationRow> rows,
                               Function<ObservationRow, OffsetDateTime> f) throws SQLException {
        return array(c, "text", rows, r -> f.apply(r) == null ? null : f.apply(r).toString());
    }

    private static Array array(Connection c, String type, List<ObservationRow> rows,
                               Function<ObservationRow, Object> f) throws SQLException {
        Object[] values = new Object[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = f.apply(rows.get(i));
        }
        return c.createArrayOf(type, values);
    }
}
