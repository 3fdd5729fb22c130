package eu.emso.dmp.server.sta.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.RawJson;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.http.ErrorMapper.BadRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where the geometry of an entity comes from for GeoJSON: the Location's {@code location}, the
 * FeatureOfInterest's {@code feature}, the Datastream's {@code observedArea}, the expanded
 * Locations of a Thing, the expanded FeatureOfInterest of an Observation. Stored values that are
 * GeoJSON Features give their geometry; several geometries make a GeometryCollection.
 */
final class Geometries {
    private static final Set<String> TYPES = Set.of("Point", "MultiPoint", "LineString", "MultiLineString",
            "Polygon", "MultiPolygon", "GeometryCollection");

    private Geometries() {
    }

    /** The name of the property or expanded navigation that gives entities of {@code type} their geometry. */
    static String source(EntityType type) {
        return switch (type) {
            case LOCATION -> "location";
            case FEATURE_OF_INTEREST -> "feature";
            case DATASTREAM -> "observedArea";
            case THING -> "Locations";
            case OBSERVATION -> "FeatureOfInterest";
            default -> throw new BadRequest("$resultFormat=GeoJSON applies to Locations, FeaturesOfInterest, "
                    + "Datastreams, Things and Observations, not to " + type.setName());
        };
    }

    /** Checks that a navigation source was expanded on every row. */
    static void requireExpanded(EntityType type, EntitySet set) {
        String source = source(type);
        if (type.navigation(source) != null && set.rows().stream().anyMatch(r -> !r.expanded().containsKey(source))) {
            throw new BadRequest("$resultFormat=GeoJSON of " + type.setName() + " needs $expand=" + source);
        }
    }

    /** The GeoJSON geometry of {@code row}, or null when it has none. */
    static JsonNode of(EntityRow row) {
        String source = source(row.type());
        Object value = row.type().navigation(source) == null ? row.values().get(source) : row.expanded().get(source);
        List<JsonNode> found = new ArrayList<>();
        collect(value, found);
        if (found.isEmpty()) {
            return null;
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        ObjectNode collection = Json.mapper().createObjectNode().put("type", "GeometryCollection");
        ArrayNode members = collection.putArray("geometries");
        found.forEach(members::add);
        return collection;
    }

    private static void collect(Object value, List<JsonNode> out) {
        if (value instanceof RawJson j) {
            JsonNode g = parse(j.text());
            if (g != null && "Feature".equals(g.path("type").asText())) {
                g = g.get("geometry");
            }
            if (g != null && TYPES.contains(g.path("type").asText())) {
                out.add(g);
            }
        } else if (value instanceof EntityRow r) {
            collect(r.values().get(source(r.type())), out);
        } else if (value instanceof EntitySet s) {
            s.rows().forEach(r -> collect(r, out));
        }
    }

    private static JsonNode parse(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
