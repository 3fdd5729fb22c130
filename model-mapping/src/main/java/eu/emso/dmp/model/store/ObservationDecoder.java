package eu.emso.dmp.model.store;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.InvalidEntityException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Turns the JSON representation of one Observation (OGC 18-088, 8.2.7) into the
 * {@link ObservationRow} the write path takes, with the same checks and defaults as a POST to
 * Observations: {@code result} is required, an absent {@code phenomenonTime} is the time of
 * decoding, numbers keep the digits sent. Navigation members are ignored: the caller names the
 * Datastream and FeatureOfInterest. Stateless and thread-safe.
 */
public final class ObservationDecoder {
    private ObservationDecoder() {
    }

    /**
     * Decodes {@code observation} for the given Datastream and FeatureOfInterest.
     *
     * @throws InvalidEntityException naming the property that is missing or malformed
     */
    public static ObservationRow decode(long datastreamId, long featureId, JsonNode observation) {
        if (observation == null || !observation.isObject()) {
            throw new InvalidEntityException("an Observation must be a JSON object");
        }
        EntityWriter.checkNames(EntityType.OBSERVATION, observation);
        Map<String, Object> cols = Decoded.properties(EntityType.OBSERVATION, observation, true);
        if (cols.get("phenomenon_time_start") == null) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            cols.put("phenomenon_time_start", now);
            cols.put("phenomenon_time_end", now);
        }
        return ObservationRows.of(datastreamId, featureId, cols);
    }

    /** Decodes {@code observation} for the given MultiDatastream (its result should be an array). */
    public static ObservationRow decodeMulti(long multiDatastreamId, long featureId, JsonNode observation) {
        return ObservationRows.ofMulti(decode(0, featureId, observation), multiDatastreamId);
    }
}
