package eu.emso.dmp.server.sta.dataarray;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One member of a CreateObservations request: the rows of one Datastream or MultiDatastream.
 * Immutable.
 *
 * @param multi        whether the stream is a MultiDatastream
 * @param datastreamId the Datastream (or MultiDatastream) all rows belong to
 * @param components   what each position of a row holds
 * @param rows         the rows as sent (each should be a JSON array as long as {@code components})
 */
record DataArrayGroup(boolean multi, long datastreamId, List<Component> components, List<JsonNode> rows) {

    /** The entity set of the stream, e.g. {@code Datastreams}. */
    String streamSet() {
        return multi ? "MultiDatastreams" : "Datastreams";
    }

    /** The singular name of the stream's type, e.g. {@code Datastream}. */
    String streamType() {
        return multi ? "MultiDatastream" : "Datastream";
    }

    DataArrayGroup {
        components = List.copyOf(components);
        rows = List.copyOf(rows);
    }
}
