package eu.emso.dmp.model.store;

import java.time.OffsetDateTime;

/** Observation rows and features for the write-path tests, built as an instrument ingest would. */
final class Batches {
    private Batches() {
    }

    /** A numeric observation at an instant whose result has exactly the given digits. */
    static ObservationRow number(long stream, long feature, String time, String digits) {
        OffsetDateTime t = OffsetDateTime.parse(time);
        return new ObservationRow(stream, feature, t, t, null, null, null, (short) 0, Double.valueOf(digits),
                digits, null, null, null, null);
    }

    /** An observation at an instant whose result is a JSON object or array, given as text. */
    static ObservationRow jsonResult(long stream, long feature, String time, String result) {
        OffsetDateTime t = OffsetDateTime.parse(time);
        return new ObservationRow(stream, feature, t, t, null, null, null, (short) 3, null, null, result,
                null, null, null);
    }

    /** A new point FeatureOfInterest in the shared store; returns its id. */
    static long feature(double lon, double lat) {
        return StoreFixture.get().create("FeaturesOfInterest", """
                {"name": "write point", "description": "d", "encodingType": "application/geo+json",
                 "feature": {"type": "Point", "coordinates": [%s, %s]}}""".formatted(lon, lat));
    }
}
