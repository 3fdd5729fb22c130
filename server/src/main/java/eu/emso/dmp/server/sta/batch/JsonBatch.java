package eu.emso.dmp.server.sta.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.http.ErrorMapper.BadRequest;
import eu.emso.dmp.server.http.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The JSON batch format of SensorThings 1.1 (OData 4.01 JSON Format, 19): a request document
 * {@code {"requests": [{"id", "method", "url", "atomicityGroup", "dependsOn", "headers",
 * "body"}]}} and a response document {@code {"responses": [{"id", "status", "headers", "body"}]}}.
 * Structural errors are client errors naming the request. Stateless.
 */
final class JsonBatch {
    private static final Set<String> METHODS = Set.of("GET", "POST", "PATCH", "PUT", "DELETE");

    private JsonBatch() {
    }

    static List<BatchRequest> parse(JsonNode doc) {
        JsonNode requests = doc.path("requests");
        if (!doc.isObject() || !requests.isArray()) {
            throw new BadRequest("a JSON batch must be an object {\"requests\": [...]}");
        }
        List<BatchRequest> out = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            out.add(request(requests.get(i), i));
        }
        return out;
    }

    private static BatchRequest request(JsonNode r, int index) {
        String where = "request " + index;
        if (!r.isObject()) {
            throw new BadRequest(where + " of the batch must be a JSON object");
        }
        String id = text(r, "id", where, true);
        String method = text(r, "method", where, true).toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new BadRequest(where + ": method must be one of get, post, patch, put, delete");
        }
        String url = text(r, "url", where, true);
        String group = text(r, "atomicityGroup", where, false);
        List<String> dependsOn = new ArrayList<>();
        JsonNode deps = r.path("dependsOn");
        if (!deps.isMissingNode() && !deps.isArray()) {
            throw new BadRequest(where + ": dependsOn must be an array of request ids");
        }
        deps.forEach(d -> dependsOn.add(d.asText()));
        Map<String, String> headers = new LinkedHashMap<>();
        JsonNode h = r.path("headers");
        if (!h.isMissingNode() && !h.isObject()) {
            throw new BadRequest(where + ": headers must be an object");
        }
        h.fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
        return new BatchRequest(id, group, method, url, r.get("body"), headers, dependsOn, true);
    }

    private static String text(JsonNode r, String name, String where, boolean required) {
        JsonNode v = r.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                throw new BadRequest(where + " of the batch needs '" + name + "'");
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isEmpty()) {
            throw new BadRequest(where + ": '" + name + "' must be a non-empty string");
        }
        return v.asText();
    }

    /** The response document, status 200. */
    static Reply reply(List<BatchResponse> responses) {
        return Reply.json(200, out -> {
            try (JsonGenerator g = Json.factory().createGenerator(out)) {
                g.writeStartObject();
                g.writeArrayFieldStart("responses");
                for (BatchResponse r : responses) {
                    write(g, r);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }

    private static void write(JsonGenerator g, BatchResponse r) throws java.io.IOException {
        g.writeStartObject();
        g.writeStringField("id", r.request().id());
        if (r.request().atomicityGroup() != null) {
            g.writeStringField("atomicityGroup", r.request().atomicityGroup());
        }
        g.writeNumberField("status", r.status());
        if (!r.headers().isEmpty()) {
            g.writeObjectFieldStart("headers");
            for (Map.Entry<String, String> e : r.headers().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        if (r.body() != null) {
            g.writeFieldName("body");
            if (r.jsonBody()) {
                g.writeRawValue(r.body());
            } else {
                g.writeString(r.body());
            }
        }
        g.writeEndObject();
    }
}
