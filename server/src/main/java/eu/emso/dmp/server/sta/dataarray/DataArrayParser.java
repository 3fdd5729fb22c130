package eu.emso.dmp.server.sta.dataarray;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.http.ErrorMapper.BadRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the body of a CreateObservations request (OGC 18-088, 13): a JSON array of
 * {@code {"Datastream": {"@iot.id": n}, "components": [...], "dataArray": [[...], ...]}}.
 * The body is read as a stream of tokens: no tree of the whole request is built, only each
 * row's own small array. A body whose structure is wrong (not an array, no Datastream id,
 * unknown or repeated components, no {@code result} component, no {@code dataArray} array) is
 * rejected as a whole with a message naming the member; single rows are checked later, one by
 * one. Stateless.
 */
final class DataArrayParser {
    private static final String SHAPE = "CreateObservations needs a JSON array of {\"Datastream\", \"components\", "
            + "\"dataArray\"} objects";
    /** Reads one value where the parser stands; what follows it is the rest of the body. */
    private static final ObjectReader VALUE = Json.mapper().reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private DataArrayParser() {
    }

    /** The groups of the body {@code in}; invalid JSON fails with Jackson's exception. */
    static List<DataArrayGroup> parse(InputStream in) throws IOException {
        try (JsonParser p = Json.mapper().createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new BadRequest("the request needs a JSON body");
            }
            if (first != JsonToken.START_ARRAY) {
                throw new BadRequest(SHAPE);
            }
            List<DataArrayGroup> groups = new ArrayList<>();
            for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                groups.add(group(p, "item " + i));
            }
            if (p.nextToken() != null) {
                throw new BadRequest("the body is not valid JSON: there is more after the closing ']' of the array");
            }
            return groups;
        }
    }

    private static DataArrayGroup group(JsonParser p, String where) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new BadRequest(where + " must be a JSON object");
        }
        JsonNode datastream = null;
        JsonNode multiDatastream = null;
        JsonNode names = null;
        List<JsonNode> rows = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String member = p.currentName();
            p.nextToken();
            switch (member) {
                case "Datastream" -> datastream = VALUE.readTree(p);
                case "MultiDatastream" -> multiDatastream = VALUE.readTree(p);
                case "components" -> names = VALUE.readTree(p);
                case "dataArray" -> rows = rows(p);
                default -> p.skipChildren();
            }
        }
        boolean multi = multiDatastream != null;
        if (multi && datastream != null) {
            throw new BadRequest(where + " names both a Datastream and a MultiDatastream");
        }
        JsonNode stream = multi ? multiDatastream : datastream;
        JsonNode id = stream == null ? null : stream.path("@iot.id");
        if (id == null || !id.isIntegralNumber() || !id.canConvertToLong()) {
            throw new BadRequest(where + " needs \"Datastream\" (or \"MultiDatastream\"): {\"@iot.id\": <integer>}");
        }
        List<Component> components = components(names, where);
        if (rows == null) {
            throw new BadRequest(where + " needs \"dataArray\": an array of rows");
        }
        return new DataArrayGroup(multi, id.asLong(), components, rows);
    }

    /** The rows of a {@code dataArray} member, each read as its own small tree; null when it is no array. */
    private static List<JsonNode> rows(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        List<JsonNode> rows = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonNode row = VALUE.readTree(p);
            rows.add(row == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : row);
        }
        return rows;
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
