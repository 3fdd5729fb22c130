package eu.emso.dmp.server.ogcapi.crs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Rewrites the coordinates of a GeoJSON geometry (any type, including collections) from CRS84
 * into another offered CRS, in place. Stateless; thread-safe.
 */
public final class GeometryTransform {

    private GeometryTransform() {
    }

    /** {@code geometry} with every position in {@code crs}; CRS84 leaves it unchanged. */
    public static JsonNode toCrs(JsonNode geometry, Crs crs) {
        if (crs == Crs.CRS84 || geometry == null || !geometry.isObject()) {
            return geometry;
        }
        ObjectNode g = (ObjectNode) geometry;
        if (g.has("geometries")) {
            g.get("geometries").forEach(child -> toCrs(child, crs));
        } else if (g.get("coordinates") instanceof ArrayNode c) {
            positions(c, crs);
        }
        return g;
    }

    private static void positions(ArrayNode a, Crs crs) {
        if (a.size() >= 2 && a.get(0).isNumber()) {
            double[] p = crs.fromCrs84(a.get(0).asDouble(), a.get(1).asDouble());
            a.set(0, a.numberNode(p[0]));
            a.set(1, a.numberNode(p[1]));
            return;
        }
        for (JsonNode child : a) {
            if (child instanceof ArrayNode c) {
                positions(c, crs);
            }
        }
    }
}
