package eu.emso.dmp.model.store;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * One observation on its way into the store: what every door (HTTP, MQTT, ingest) hands to the
 * write path. JSON values are JSON texts. An instant has {@code phenomenonEnd} equal to
 * {@code phenomenonStart}. Immutable.
 *
 * <p>Quality control's own flags are stored compactly ({@code qcFlag}, {@code qcTests},
 * {@code qcConfig}) and {@code resultQuality} is read back as their JSON form followed by the
 * members of the stored {@code resultQuality} (see {@link QcColumns}). Without {@code qcTests},
 * {@code resultQuality} is the whole {@code resultQuality}, stored as given.
 *
 * <p>Times are held at the store's precision, microseconds (PostgreSQL {@code timestamptz}): finer
 * digits are cut on construction, so a row compares equal to what the database gives back.
 *
 * @param datastreamId the Datastream, or 0 for an observation of a MultiDatastream
 * @param resultType 0 number, 1 string, 2 boolean, 3 object or array, 4 null
 * @param resultString for numbers: the digits as sent; for strings: the string
 * @param resultQuality the resultQuality to store: all of it without {@code qcTests}, otherwise the
 *                      members beside quality control's own (null if none)
 * @param qcFlag the aggregate quality flag, or null before quality control
 * @param multiDatastreamId the MultiDatastream, or null for an observation of a Datastream
 * @param qcTests the flag of each test packed by {@link QcColumns#pack}, or null
 * @param qcConfig the configuration version as a number ({@link QcColumns#version}), or null
 */
public record ObservationRow(long datastreamId, long featureId, OffsetDateTime phenomenonStart,
                             OffsetDateTime phenomenonEnd, OffsetDateTime resultTime, OffsetDateTime validStart,
                             OffsetDateTime validEnd, short resultType, Double resultNumber, String resultString,
                             String resultJson, String resultQuality, String parameters, Short qcFlag,
                             Long multiDatastreamId, Integer qcTests, Long qcConfig) {

    public ObservationRow {
        phenomenonStart = micros(phenomenonStart);
        phenomenonEnd = micros(phenomenonEnd);
        resultTime = micros(resultTime);
        validStart = micros(validStart);
        validEnd = micros(validEnd);
    }

    private static OffsetDateTime micros(OffsetDateTime t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MICROS);
    }

    /** An observation of a Datastream or MultiDatastream, without compact quality flags. */
    public ObservationRow(long datastreamId, long featureId, OffsetDateTime phenomenonStart,
                          OffsetDateTime phenomenonEnd, OffsetDateTime resultTime, OffsetDateTime validStart,
                          OffsetDateTime validEnd, short resultType, Double resultNumber, String resultString,
                          String resultJson, String resultQuality, String parameters, Short qcFlag,
                          Long multiDatastreamId) {
        this(datastreamId, featureId, phenomenonStart, phenomenonEnd, resultTime, validStart, validEnd, resultType,
                resultNumber, resultString, resultJson, resultQuality, parameters, qcFlag, multiDatastreamId,
                null, null);
    }

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

    /** The same observation with this whole {@code resultQuality} and aggregate flag, stored as given. */
    public ObservationRow withQuality(String resultQuality, Short qcFlag) {
        return new ObservationRow(datastreamId, featureId, phenomenonStart, phenomenonEnd, resultTime, validStart,
                validEnd, resultType, resultNumber, resultString, resultJson, resultQuality, parameters, qcFlag,
                multiDatastreamId, null, null);
    }

    /**
     * The same observation with quality control's flags in compact form.
     *
     * @param qcFlag   the aggregate flag
     * @param qcTests  the per-test flags packed by {@link QcColumns#pack}
     * @param qcConfig the configuration version as a number, or null when no test ran
     * @param extra    the members of {@code resultQuality} beside quality control's own, as a JSON
     *                 object text, or null
     */
    public ObservationRow withQc(short qcFlag, int qcTests, Long qcConfig, String extra) {
        return new ObservationRow(datastreamId, featureId, phenomenonStart, phenomenonEnd, resultTime, validStart,
                validEnd, resultType, resultNumber, resultString, resultJson, extra, parameters, qcFlag,
                multiDatastreamId, qcTests, qcConfig);
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
