package eu.emso.dmp.server.ogcapi.features;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.RawJson;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.ogcapi.crs.Crs;
import eu.emso.dmp.server.ogcapi.crs.GeometryTransform;
import java.io.IOException;
import java.util.Map;

/**
 * Writes entities as GeoJSON features (RFC 7946; OGC 17-069r4, /req/geojson/content): the id,
 * the geometry in the requested CRS, the entity's other properties, a self link. Streams to a
 * generator; stateless.
 */
public final class GeoJsonWriter {

    private GeoJsonWriter() {
    }

    /** One feature of {@code type} for {@code row}; {@code items} is the URL of the collection's items. */
    public static void feature(JsonGenerator g, FeatureType type, EntityRow row, Crs crs, String items)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeNumberField("id", row.id());
        g.writeFieldName("geometry");
        JsonNode geometry = geometry(type.geometryOf(row));
        if (geometry == null) {
            g.writeNull();
        } else {
            g.writeTree(GeometryTransform.toCrs(geometry, crs));
        }
        g.writeObjectFieldStart("properties");
        for (Map.Entry<String, Object> e : row.values().entrySet()) {
            if (e.getKey().equals(type.ownGeometryProperty()) || e.getValue() == null) {
                continue;
            }
            g.writeFieldName(e.getKey());
            Object v = e.getValue();
            if (v instanceof RawJson j) {
                g.writeRawValue(j.text());
            } else if (v instanceof Long n) {
                g.writeNumber(n);
            } else {
                g.writeString(v.toString());
            }
        }
        g.writeEndObject();
        g.writeArrayFieldStart("links");
        g.writeStartObject();
        g.writeStringField("href", items + "/" + row.id());
        g.writeStringField("rel", "self");
        g.writeStringField("type", "application/geo+json");
        g.writeEndObject();
        g.writeStartObject();
        g.writeStringField("href", items + "/" + row.id() + "?f=html");
        g.writeStringField("rel", "alternate");
        g.writeStringField("type", "text/html");
        g.writeEndObject();
        g.writeStartObject();
        g.writeStringField("href", items.substring(0, items.length() - "/items".length()));
        g.writeStringField("rel", "collection");
        g.writeStringField("type", "application/json");
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The geometry of a stored GeoJSON value: itself, or the geometry of a Feature; null for none. */
    static JsonNode geometry(RawJson stored) throws IOException {
        if (stored == null) {
            return null;
        }
        JsonNode n = Json.mapper().readTree(stored.text());
        if (n != null && "Feature".equals(n.path("type").asText())) {
            n = n.get("geometry");
        }
        return n == null || n.isNull() ? null : n;
    }
}
