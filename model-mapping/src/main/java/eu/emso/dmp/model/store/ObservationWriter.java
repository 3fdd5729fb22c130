package eu.emso.dmp.model.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Stores batches of observations: runs the write-path stages, inserts the batch with one
 * set-based statement ({@code INSERT ... SELECT unnest ... ON CONFLICT DO NOTHING}), tells
 * duplicates from conflicts, and updates the aggregates of each touched Datastream once. No row
 * triggers are involved. Thread-safe; the caller owns the transaction.
 */
final class ObservationWriter {
    private static final String COLUMNS = "datastream_id, feature_id, phenomenon_time_start, phenomenon_time_end, "
            + "result_time, valid_time_start, valid_time_end, result_type, result_number, result_string, "
            + "result_json, result_quality, parameters, qc_flag, multi_datastream_id, qc_tests, qc_config";
    private static final String INSERT = "INSERT INTO observations (" + COLUMNS + ") "
            + "SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::timestamptz[], ?::timestamptz[], "
            + "?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::smallint[], ?::float8[], ?::text[], "
            + "?::jsonb[], ?::jsonb[], ?::jsonb[], ?::smallint[], ?::bigint[], ?::integer[], ?::bigint[]) "
            + "ON CONFLICT DO NOTHING "
            + "RETURNING id, COALESCE(datastream_id, -multi_datastream_id), phenomenon_time_start, phenomenon_time_end";
    /** Stored rows under given keys; the stream column is datastream_id or multi_datastream_id. */
    private static final String EXISTING = "SELECT o.id, o.%1$s, o.phenomenon_time_start, "
            + "o.phenomenon_time_end, o.result_type, o.result_string, o.result_json::text FROM observations o "
            + "JOIN unnest(?::bigint[], ?::timestamptz[], ?::timestamptz[]) AS k(d, s, e) "
            + "ON o.%1$s = k.d AND o.phenomenon_time_start = k.s AND o.phenomenon_time_end = k.e";

    private final Partitions partitions;
    private final List<ObservationStage> stages;

    ObservationWriter(Partitions partitions, List<ObservationStage> stages) {
        this.partitions = partitions;
        this.stages = List.copyOf(stages);
    }

    /** Stores the batch; returns one outcome per row, in order. */
    List<WriteOutcome> insert(Connection c, List<ObservationRow> batch) throws SQLException {
        return insert(c, batch, false);
    }

    /**
     * As {@link #insert(Connection, List)}; {@code referencesChecked} when the caller has already
     * made sure, in this transaction, that the rows' Datastreams and features exist.
     */
    List<WriteOutcome> insert(Connection c, List<ObservationRow> batch, boolean referencesChecked)
            throws SQLException {
        if (batch.isEmpty()) {
            return List.of();
        }
        if (!referencesChecked) {
            References.check(c, batch);
        }
        // partitions before the stages: a stage reading the history takes locks partition creation meets
        partitions.ensure(c, batch.stream().map(ObservationRow::phenomenonStart).toList());
        List<ObservationRow> rows = batch;
        for (ObservationStage s : stages) {
            rows = s.apply(rows, new ObservationHistory(c));
        }
        Map<Key, Long> created = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            bind(c, ps, rows);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    created.put(Key.of(rs, 2), rs.getLong(1));
                }
            }
        }
        List<WriteOutcome> out = outcomes(c, rows, created);
        List<ObservationRow> stored = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (out.get(i).status() == WriteOutcome.Status.CREATED) {
                stored.add(rows.get(i));
            }
        }
        DatastreamAggregates.update(c, stored);
        return out;
    }

    private static List<WriteOutcome> outcomes(Connection c, List<ObservationRow> rows, Map<Key, Long> created)
            throws SQLException {
        List<WriteOutcome> out = new ArrayList<>(rows.size());
        List<ObservationRow> others = new ArrayList<>();
        Map<Key, Boolean> firstSeen = new HashMap<>();
        for (ObservationRow r : rows) {
            Key k = Key.of(r);
            Long id = created.get(k);
            boolean first = firstSeen.putIfAbsent(k, Boolean.TRUE) == null;
            out.add(id != null && first ? new WriteOutcome(id, WriteOutcome.Status.CREATED) : null);
            if (id == null || !first) {
                others.add(r);
            }
        }
        if (others.isEmpty()) {
            return out;
        }
        Map<Key, Object[]> existing = existing(c, others);
        for (int i = 0; i < rows.size(); i++) {
            if (out.get(i) == null) {
                ObservationRow r = rows.get(i);
                Object[] e = existing.get(Key.of(r));
                boolean same = r.sameResult((Short) e[1], (String) e[2], (String) e[3]);
                out.set(i, new WriteOutcome((Long) e[0], same ? WriteOutcome.Status.DUPLICATE
                        : WriteOutcome.Status.CONFLICT));
            }
        }
        return out;
    }

    /** The stored id and result (type, string, json) under each key. */
    private static Map<Key, Object[]> existing(Connection c, List<ObservationRow> rows) throws SQLException {
        Map<Key, Object[]> out = new HashMap<>();
        List<ObservationRow> single = rows.stream().filter(r -> r.multiDatastreamId() == null).toList();
        List<ObservationRow> multi = rows.stream().filter(r -> r.multiDatastreamId() != null).toList();
        existing(c, single, "datastream_id", 1, out);
        existing(c, multi, "multi_datastream_id", -1, out);
        return out;
    }

    private static void existing(Connection c, List<ObservationRow> rows, String column, int sign,
                                 Map<Key, Object[]> out) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(String.format(EXISTING, column))) {
            ps.setObject(1, rows.stream().mapToLong(r -> Math.abs(Key.stream(r))).toArray());
            ps.setArray(2, times(c, rows, ObservationRow::phenomenonStart));
            ps.setArray(3, times(c, rows, ObservationRow::phenomenonEnd));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Key k = new Key(sign * rs.getLong(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                            rs.getObject(4, OffsetDateTime.class).toInstant());
                    out.put(k, new Object[] {rs.getLong(1), rs.getShort(5), rs.getString(6), rs.getString(7)});
                }
            }
        }
    }

    private static void bind(Connection c, PreparedStatement ps, List<ObservationRow> rows) throws SQLException {
        int i = 1;
        ps.setArray(i++, array(c, "int8", rows, ObservationRow::datastream));
        ps.setObject(i++, rows.stream().mapToLong(ObservationRow::featureId).toArray());
        ps.setArray(i++, times(c, rows, ObservationRow::phenomenonStart));
        ps.setArray(i++, times(c, rows, ObservationRow::phenomenonEnd));
        ps.setArray(i++, times(c, rows, ObservationRow::resultTime));
        ps.setArray(i++, times(c, rows, ObservationRow::validStart));
        ps.setArray(i++, times(c, rows, ObservationRow::validEnd));
        ps.setArray(i++, array(c, "int2", rows, ObservationRow::resultType));
        ps.setArray(i++, array(c, "float8", rows, ObservationRow::resultNumber));
        ps.setArray(i++, array(c, "text", rows, ObservationRow::resultString));
        ps.setArray(i++, array(c, "text", rows, ObservationRow::resultJson));
        ps.setArray(i++, array(c, "text", rows, ObservationRow::resultQuality));
        ps.setArray(i++, array(c, "text", rows, ObservationRow::parameters));
        ps.setArray(i++, array(c, "int2", rows, ObservationRow::qcFlag));
        ps.setArray(i++, array(c, "int8", rows, ObservationRow::multiDatastreamId));
        ps.setArray(i++, array(c, "int4", rows, ObservationRow::qcTests));
        ps.setArray(i, array(c, "int8", rows, ObservationRow::qcConfig));
    }

    private static Array times(Connection c, List<ObservationRow> rows,
                               Function<ObservationRow, OffsetDateTime> f) throws SQLException {
        return array(c, "text", rows, r -> f.apply(r) == null ? null : f.apply(r).toInstant().toString());
    }

    private static Array array(Connection c, String type, List<ObservationRow> rows,
                               Function<ObservationRow, Object> f) throws SQLException {
        Object[] values = new Object[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = f.apply(rows.get(i));
        }
        return c.createArrayOf(type, values);
    }

    /** The deduplication key of an observation; {@code stream} is negative for a MultiDatastream. */
    private record Key(long stream, Instant start, Instant end) {
        static Key of(ObservationRow r) {
            return new Key(stream(r), r.phenomenonStart().toInstant(), r.phenomenonEnd().toInstant());
        }

        static long stream(ObservationRow r) {
            return r.multiDatastreamId() != null ? -r.multiDatastreamId() : r.datastreamId();
        }

        static Key of(ResultSet rs, int first) throws SQLException {
            return new Key(rs.getLong(first), rs.getObject(first + 1, OffsetDateTime.class).toInstant(),
                    rs.getObject(first + 2, OffsetDateTime.class).toInstant());
        }
    }
}
