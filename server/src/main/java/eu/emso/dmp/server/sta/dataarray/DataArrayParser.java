package eu.emso.dmp.server.sta.dataarray;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.server.http.ErrorMapper.BadRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the body of a CreateObservations request (OGC 18-088, 13): a JSON array of
 * {@code {"Datastream": {"@iot.id": n}, "components": [...], "dataArray": [[...], ...]}}.
 * A body whose structure is wrong (not an array, no Datastream id, unknown or repeated
 * components, no {@code result} component, no {@code dataArray} array) is rejected as a whole
 * with a message naming the member; single rows are checked later, one by one. Stateless.
 */
final class DataArrayParser {
    private DataArrayParser() {
    }

    static List<DataArrayGroup> parse(JsonNode body) {
        if (!body.isArray()) {
            throw new BadRequest("CreateObservations needs a JSON array of {\"Datastream\", \"components\", "
                    + "\"dataArray\"} objects");
        }
        List<DataArrayGroup> groups = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            groups.add(group(body.get(i), "item " + i));
        }
        return groups;
    }

    private static DataArrayGroup group(JsonNode item, String where) {
        if (!item.isObject()) {
            throw new BadRequest(where + " must be a JSON object");
        }
        boolean multi = item.has("MultiDatastream");
        if (multi && item.has("Datastream")) {
            throw new BadRequest(where + " names both a Datastream and a MultiDatastream");
        }
        JsonNode id = item.path(multi ? "MultiDatastream" : "Datastream").path("@iot.id");
        if (!id.isIntegralNumber() || !id.canConvertToLong()) {
            throw new BadRequest(where + " needs \"Datastream\" (or \"MultiDatastream\"): {\"@iot.id\": <integer>}");
        }
        List<Component> components = components(item.get("components"), where);
        JsonNode rows = item.get("dataArray");
        if (rows == null || !rows.isArray()) {
            throw new BadRequest(where + " needs \"dataArray\": an array of rows");
        }
        List<JsonNode> list = new ArrayList<>();
        rows.forEach(list::add);
        return new DataArrayGroup(multi, id.asLong(), components, list);
    }

    private static List<Component> components(JsonNode names, String where) {
        if (names == null || !names.isArray() || names.isEmpty()) {
            throw new BadRequest(where + " needs \"components\": an array of names such as \"result\"");
        }
        List<Component> out = new ArrayList<>();
        for (JsonNode n : names) {
            Component c = n.isTextual() ? Component.of(n.asText()) : null;
            if (c == null) {
                throw new BadRequest(where + ": unknown component " + n + "; known are " + Component.known());
            }
            if (out.contains(c)) {
                throw new BadRequest(where + ": component '" + c.text() + "' is given twice");
            }
            out.add(c);
        }
        if (!out.contains(Component.RESULT)) {
            throw new BadRequest(where + ": the components must include 'result'");
        }
        return out;
    }
}
