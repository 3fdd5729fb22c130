package eu.emso.dmp.server.ogcapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.http.Reply;
import eu.emso.dmp.server.ogcapi.crs.Crs;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI 3.0 definition of the face ({@code /api}; OGC 17-069r4, 7.3 and /conf/oas30):
 * every path with every parameter, the limits announced as the default and maximum of
 * {@code limit}. Served as JSON, or as an HTML page for people. Thread-safe.
 */
public final class OpenApiDocument {
    private static final String JSON_TYPE = "application/vnd.oai.openapi+json;version=3.0";
    private final int defaultLimit;
    private final int maxLimit;
    private final int maxValues;

    /** @param maxValues the most observation values one EDR query may return */
    public OpenApiDocument(int defaultLimit, int maxLimit, int maxValues) {
        this.defaultLimit = defaultLimit;
        this.maxLimit = maxLimit;
        this.maxValues = maxValues;
    }

    /** {@code GET /api}. */
    public Reply reply(OgcRequest r) {
        r.onlyKnown(Set.of("f"));
        MediaFormat f = MediaFormat.choose(r.param("f"), r.accept(),
                List.of(MediaFormat.JSON, MediaFormat.HTML));
        ObjectNode doc = document(r.root());
        if (f == MediaFormat.HTML) {
            return Answers.document(doc, f, "API definition");
        }
        return new Reply(200, JSON_TYPE, Map.of(), out -> Json.mapper().writeValue(out, doc));
    }

    /** The definition for a server whose landing page is {@code root}. */
    public ObjectNode document(String root) {
        ObjectNode d = Json.mapper().createObjectNode();
        d.put("openapi", "3.0.3");
        d.putObject("info").put("title", "EMSO data server: OGC API").put("version", "1.0.0")
                .put("description", "OGC API - Features Parts 1-3 and OGC API - EDR 1.1 over the EMSO store. "
                        + "Items pages hold at most " + maxLimit + " features; an EDR query returns at most "
                        + maxValues + " values, larger queries answer 413.");
        d.putArray("servers").addObject().put("url", root);
        ObjectNode paths = d.putObject("paths");
        op(paths, "/", "landing page", List.of("f"), "application/json");
        op(paths, "/conformance", "conformance declaration", List.of("f"), "application/json");
        op(paths, "/api", "this API definition", List.of("f"), JSON_TYPE);
        op(paths, "/collections", "the collections", List.of("f"), "application/json");
        op(paths, "/collections/{collectionId}", "one collection", List.of("collectionId", "f"), "application/json");
        op(paths, "/collections/{collectionId}/items", "the features of a collection",
                List.of("collectionId", "f", "limit", "bbox", "bbox-crs", "datetime", "crs", "filter",
                        "filter-lang", "filter-crs", "cursor"), "application/geo+json");
        op(paths, "/collections/{collectionId}/items/{featureId}", "one feature",
                List.of("collectionId", "featureId", "f", "crs"), "application/geo+json");
        op(paths, "/collections/{collectionId}/queryables", "the queryables of a collection",
                List.of("collectionId", "f"), "application/schema+json");
        List<String> edr = List.of("collectionId", "f", "datetime", "parameter-name", "z", "crs", "qc-flag");
        op(paths, "/collections/{collectionId}/position", "EDR position query", plus(edr, "coords"), "application/prs.coverage+json");
        op(paths, "/collections/{collectionId}/area", "EDR area query", plus(edr, "coords"), "application/prs.coverage+json");
        op(paths, "/collections/{collectionId}/radius", "EDR radius query",
                plus(plus(plus(edr, "coords"), "within"), "within-units"), "application/prs.coverage+json");
        op(paths, "/collections/{collectionId}/cube", "EDR cube query", plus(edr, "bbox"), "application/prs.coverage+json");
        op(paths, "/collections/{collectionId}/locations", "EDR locations of a collection",
                List.of("collectionId", "f", "bbox", "datetime"), "application/geo+json");
        op(paths, "/collections/{collectionId}/locations/{locationId}", "EDR data of one location",
                plus(edr, "locationId"), "application/prs.coverage+json");
        d.putObject("components").set("parameters", parameters());
        return d;
    }

    private static List<String> plus(List<String> a, String b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.add(b);
        return out;
    }

    private static void op(ObjectNode paths, String path, String summary, List<String> params, String type) {
        ObjectNode get = paths.putObject(path).putObject("get");
        get.put("summary", summary);
        get.put("operationId", "get" + path.replaceAll("[^A-Za-z]", "_"));
        ArrayNode p = get.putArray("parameters");
        params.forEach(n -> p.addObject().put("$ref", "#/components/parameters/" + n));
        ObjectNode responses = get.putObject("responses");
        ObjectNode ok = responses.putObject("200").put("description", summary);
        ObjectNode content = ok.putObject("content");
        content.putObject(type).putObject("schema").put("type", "object");
        content.putObject("text/html").putObject("schema").put("type", "string");
        for (String code : List.of("400", "404")) {
            responses.putObject(code).put("description", code.equals("400") ? "bad request" : "not found")
                    .putObject("content").putObject("application/json").set("schema", exception());
        }
        if (type.equals("application/prs.coverage+json")) {
            responses.putObject("413").put("description", "the query asks for more values than one response holds");
        }
    }

    private static ObjectNode exception() {
        ObjectNode s = Json.mapper().createObjectNode().put("type", "object");
        s.putArray("required").add("code");
        ObjectNode props = s.putObject("properties");
        props.putObject("code").put("type", "string");
        props.putObject("description").put("type", "string");
        props.putObject("status").put("type", "integer");
        return s;
    }

    private ObjectNode parameters() {
        ObjectNode p = Json.mapper().createObjectNode();
        path(p, "collectionId", "the collection, e.g. things, features, datastreams, platforms, platform-1");
        path(p, "featureId", "the feature id");
        path(p, "locationId", "the location (platform) id");
        ObjectNode f = query(p, "f", "the representation", "string");
        f.with("schema").putArray("enum").add("json").add("geojson").add("html").add("covjson").add("csv");
        ObjectNode limit = query(p, "limit", "features per page", "integer");
        limit.with("schema").put("minimum", 1).put("maximum", maxLimit).put("default", defaultLimit);
        ObjectNode bbox = query(p, "bbox", "minx,miny,maxx,maxy (or with heights, 6 numbers)", "array");
        bbox.with("schema").put("minItems", 4).put("maxItems", 6).putObject("items").put("type", "number");
        bbox.put("style", "form").put("explode", false);
        for (String crs : List.of("bbox-crs", "crs", "filter-crs")) {
            ArrayNode e = query(p, crs, "a CRS URI", "string").with("schema").putArray("enum");
            Crs.uris().forEach(e::add);
        }
        query(p, "datetime", "an RFC 3339 instant or interval start/end, '..' for an open end", "string");
        query(p, "filter", "a CQL2 filter", "string");
        query(p, "filter-lang", "the filter language", "string").with("schema").putArray("enum")
                .add("cql2-text").add("cql2-json");
        query(p, "cursor", "the keyset position of a next page, as given in the next link", "string");
        query(p, "coords", "a WKT geometry in CRS84 (POINT for position and radius, POLYGON for area)", "string");
        query(p, "parameter-name", "comma-separated parameter names", "string");
        query(p, "z", "a depth, or a depth interval low/high", "string");
        query(p, "within", "the radius", "number");
        query(p, "within-units", "the unit of the radius: km, m or mi", "string");
        query(p, "qc-flag", "only values whose QARTOD flag is one of these, comma-separated (1 good, "
                + "2 not evaluated, 3 suspect, 4 fail, 9 missing)", "string");
        return p;
    }

    private static void path(ObjectNode p, String name, String description) {
        p.putObject(name).put("name", name).put("in", "path").put("required", true).put("description", description)
                .putObject("schema").put("type", "string");
    }

    private static ObjectNode query(ObjectNode p, String name, String description, String type) {
        ObjectNode q = p.putObject(name).put("name", name).put("in", "query").put("required", false)
                .put("description", description);
        q.putObject("schema").put("type", type);
        return q;
    }
}
