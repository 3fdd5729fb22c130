package eu.emso.dmp.server.sta.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.json.EntityEncoder;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.http.Reply;
import java.io.IOException;
import java.util.Map;

/**
 * {@code $resultFormat=GeoJSON}: a collection page as a GeoJSON FeatureCollection (RFC 7946),
 * one Feature per entity, with the entity's id, its geometry (see the sources below) and its
 * selected properties and expanded entities as the Feature's properties. Geometry sources:
 * Locations ({@code location}), FeaturesOfInterest ({@code feature}), Datastreams
 * ({@code observedArea}), Things (needs {@code $expand=Locations}) and Observations (needs
 * {@code $expand=FeatureOfInterest}). The next page's URL is the foreign member
 * {@code @iot.nextLink}. Immutable; thread-safe.
 */
public final class GeoJsonFormat implements ResultFormat {

    @Override
    public String name() {
        return "GeoJSON";
    }

    @Override
    public Reply collection(EntityType type, EntitySet set, String nextLink, String root) {
        Geometries.requireExpanded(type, set);
        EntityEncoder enc = new EntityEncoder(root);
        return new Reply(200, "application/geo+json", Map.of(), out -> {
            try (JsonGenerator g = Json.factory().createGenerator(out)) {
                g.writeStartObject();
                g.writeStringField("type", "FeatureCollection");
                if (set.count() != null) {
                    g.writeNumberField("@iot.count", set.count());
                }
                if (nextLink != null) {
                    g.writeStringField("@iot.nextLink", nextLink);
                }
                g.writeArrayFieldStart("features");
                for (EntityRow row : set.rows()) {
                    feature(g, row, enc);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }

    private static void feature(JsonGenerator g, EntityRow row, EntityEncoder enc) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeNumberField("id", row.id());
        JsonNode geometry = Geometries.of(row);
        g.writeFieldName("geometry");
        if (geometry == null) {
            g.writeNull();
        } else {
            g.writeTree(geometry);
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("@iot.selfLink", enc.selfLink(row));
        String source = Geometries.source(row.type());
        for (Map.Entry<String, Object> e : row.values().entrySet()) {
            if (!e.getKey().equals("id") && !e.getKey().equals(source)) {
                g.writeFieldName(e.getKey());
                EntityEncoder.value(g, e.getValue());
            }
        }
        for (Map.Entry<String, Object> e : row.expanded().entrySet()) {
            g.writeFieldName(e.getKey());
            if (e.getValue() instanceof EntityRow r) {
                enc.entity(g, r);
            } else if (e.getValue() instanceof EntitySet s) {
                g.writeStartArray();
                for (EntityRow r : s.rows()) {
                    enc.entity(g, r);
                }
                g.writeEndArray();
            } else {
                g.writeNull();
            }
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
