package eu.emso.dmp.server.sta.dataarray;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One member of a CreateObservations request: the rows of one Datastream. Immutable.
 *
 * @param datastreamId the Datastream all rows belong to
 * @param components   what each position of a row holds
 * @param rows         the rows as sent (each should be a JSON array as long as {@code components})
 */
record DataArrayGroup(long datastreamId, List<Component> components, List<JsonNode> rows) {

    DataArrayGroup {
        components = List.copyOf(components);
        rows = List.copyOf(rows);
    }
}
