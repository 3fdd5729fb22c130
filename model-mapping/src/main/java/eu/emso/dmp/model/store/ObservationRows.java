package eu.emso.dmp.model.store;

import java.time.OffsetDateTime;
import java.util.Map;

/** Builds {@link ObservationRow}s from the columns decoded from a JSON Observation. */
final class ObservationRows {
    private ObservationRows() {
    }

    static ObservationRow of(long datastreamId, long featureId, Map<String, Object> cols) {
        OffsetDateTime start = (OffsetDateTime) cols.get("phenomenon_time_start");
        OffsetDateTime end = (OffsetDateTime) cols.get("phenomenon_time_end");
        return new ObservationRow(datastreamId, featureId, start, end != null ? end : start,
                (OffsetDateTime) cols.get("result_time"), (OffsetDateTime) cols.get("valid_time_start"),
                (OffsetDateTime) cols.get("valid_time_end"), (Short) cols.get("result_type"),
                (Double) cols.get("result_number"), (String) cols.get("result_string"),
                text(cols.get("result_json")), text(cols.get("result_quality")), text(cols.get("parameters")), null);
    }

    /** The row as an observation of MultiDatastream {@code multi}. */
    static ObservationRow ofMulti(ObservationRow r, long multi) {
        return new ObservationRow(0, r.featureId(), r.phenomenonStart(), r.phenomenonEnd(), r.resultTime(),
                r.validStart(), r.validEnd(), r.resultType(), r.resultNumber(), r.resultString(), r.resultJson(),
                r.resultQuality(), r.parameters(), r.qcFlag(), multi, r.qcTests(), r.qcConfig());
    }

    private static String text(Object jsonb) {
        return jsonb == null ? null : jsonb.toString();
    }
}
