package eu.emso.dmp.model.store;

import java.time.OffsetDateTime;

/**
 * One observation on its way into the store: what every door (HTTP, MQTT, ingest) hands to the
 * write path. JSON values are JSON texts. An instant has {@code phenomenonEnd} equal to
 * {@code phenomenonStart}. Immutable.
 *
 * @param resultType 0 number, 1 string, 2 boolean, 3 object or array, 4 null
 * @param resultString for numbers: the digits as sent; for strings: the string
 * @param qcFlag the aggregate quality flag, or null before quality control
 * @param datastreamId the Datastream, or 0 for an observation of a MultiDatastream
 * @param multiDatastreamId the MultiDatastream, or null for an observation of a Datastream
 */
public record ObservationRow(long datastreamId, long featureId, OffsetDateTime phenomenonStart,
                             OffsetDateTime phenomenonEnd, OffsetDateTime resultTime, OffsetDateTime validStart,
                             OffsetDateTime validEnd, short resultType, Double resultNumber, String resultString,
                             String resultJson, String resultQuality, String parameters, Short qcFlag,
                             Long multiDatastreamId) {

    /** An observation of a Datastream. */
    public ObservationRow(long datastreamId, long featureId, OffsetDateTime phenomenonStart,
                          OffsetDateTime phenomenonEnd, OffsetDateTime resultTime, OffsetDateTime validStart,
                          OffsetDateTime validEnd, short resultType, Double resultNumber, String resultString,
                          String resultJson, String resultQuality, String parameters, Short qcFlag) {
        this(datastreamId, featureId, phenomenonStart, phenomenonEnd, resultTime, validStart, validEnd, resultType,
                resultNumber, resultString, resultJson, resultQuality, parameters, qcFlag, null);
    }

    /** The Datastream id to store: null for an observation of a MultiDatastream. */
    public Long datastream() {
        return multiDatastreamId == null ? datastreamId : null;
    }

    /** A numeric observation at an instant, as instrument ingest produces them. */
    public static ObservationRow number(long datastreamId, long featureId, OffsetDateTime time, double value,
                                        String parameters) {
        return new ObservationRow(datastreamId, featureId, time, time, time, null, null, (short) 0, value,
                Double.toString(value), null, null, parameters, null);
    }

    /** The same observation with quality information set by quality control. */
    public ObservationRow withQuality(String resultQuality, Short qcFlag) {
        return new ObservationRow(datastreamId, featureId, phenomenonStart, phenomenonEnd, resultTime, validStart,
                validEnd, resultType, resultNumber, resultString, resultJson, resultQuality, parameters, qcFlag,
                multiDatastreamId);
    }

    /**
     * Whether a stored result (type, text, JSON text) is this one: a resend rather than a
     * conflicting value. JSON results are compared as JSON values, whatever their spacing or
     * member order.
     */
    public boolean sameResult(short type, String string, String json) {
        return resultType == type && java.util.Objects.equals(resultString, string)
                && java.util.Objects.equals(tree(resultJson), tree(json));
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(String json) {
        try {
            return json == null ? null : eu.emso.dmp.model.json.Json.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }
}
