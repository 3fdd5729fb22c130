package eu.emso.dmp.model.store;

import java.time.OffsetDateTime;
import java.util.Map;
import org.postgresql.util.PGobject;

/** Builds {@link ObservationRow}s from decoded columns. */
final class ObservationRows {
    private ObservationRows() {
    }

    static ObservationRow of(long datastreamId, long featureId, Map<String, Object> cols) {
        return new ObservationRow(datastreamId, featureId,
                (OffsetDateTime) cols.get("phenomenon_time_start"), (OffsetDateTime) cols.get("phenomenon_time_end"),
                (OffsetDateTime) cols.get("result_time"), (OffsetDateTime) cols.get("valid_time_start"),
                (OffsetDateTime) cols.get("valid_time_end"), (Short) cols.get("result_type"),
                (Double) cols.get("result_number"), (String) cols.get("result_string"),
                (PGobject) cols.get("result_json"), (PGobject) cols.get("result_quality"),
                (PGobject) cols.get("parameters"), null);
    }
}
