package eu.emso.dmp.server.sta.dataarray;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.Property;
import eu.emso.dmp.model.json.EntityEncoder;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.http.ErrorMapper.BadRequest;
import eu.emso.dmp.server.http.Reply;
import eu.emso.dmp.server.sta.format.ResultFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code $resultFormat=dataArray} on Observations (OGC 18-088, 13): the page grouped by
 * Datastream (or MultiDatastream), in order of first appearance; each group names its Datastream, the components
 * (the selected properties in {@code $select} order, or all Observation properties), the number
 * of rows and the rows of values. The next page's URL is {@code @iot.nextLink}. Immutable;
 * thread-safe.
 */
public final class DataArrayFormat implements ResultFormat {

    @Override
    public String name() {
        return "dataArray";
    }

    @Override
    public Reply collection(EntityType type, EntitySet set, String nextLink, String root) {
        if (type != EntityType.OBSERVATION) {
            throw new BadRequest("$resultFormat=dataArray applies to Observations, not to " + type.setName());
        }
        Map<StreamLink, List<EntityRow>> groups = new LinkedHashMap<>();
        for (EntityRow r : set.rows()) {
            groups.computeIfAbsent(StreamLink.of(r, root), k -> new ArrayList<>()).add(r);
        }
        return Reply.json(200, out -> {
            try (JsonGenerator g = Json.factory().createGenerator(out)) {
                g.writeStartObject();
                if (set.count() != null) {
                    g.writeNumberField("@iot.count", set.count());
                }
                g.writeArrayFieldStart("value");
                for (Map.Entry<StreamLink, List<EntityRow>> e : groups.entrySet()) {
                    group(g, e.getKey(), e.getValue());
                }
                g.writeEndArray();
                if (nextLink != null) {
                    g.writeStringField("@iot.nextLink", nextLink);
                }
                g.writeEndObject();
            }
        });
    }

    /** The navigation link member naming a group's Datastream or MultiDatastream. */
    private record StreamLink(String member, String url) {
        static StreamLink of(EntityRow r, String root) {
            Long multi = r.type().navigation("MultiDatastream") == null ? null : r.key("MultiDatastream");
            if (multi != null) {
                return new StreamLink("MultiDatastream@iot.navigationLink", root + "/MultiDatastreams(" + multi + ")");
            }
            return new StreamLink("Datastream@iot.navigationLink", root + "/Datastreams(" + r.key("Datastream") + ")");
        }
    }

    private static void group(JsonGenerator g, StreamLink stream, List<EntityRow> rows) throws IOException {
        List<String> components = components(rows.get(0));
        g.writeStartObject();
        g.writeStringField(stream.member(), stream.url());
        g.writeArrayFieldStart("components");
        for (String c : components) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeNumberField("dataArray@iot.count", rows.size());
        g.writeArrayFieldStart("dataArray");
        for (EntityRow r : rows) {
            g.writeStartArray();
            for (String c : components) {
                EntityEncoder.value(g, c.equals("id") ? (Object) r.id() : r.values().get(c));
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The Observation properties selected, in {@code $select} order; all of them when none were. */
    static List<String> components(EntityRow row) {
        if (row.select().isEmpty()) {
            return EntityType.OBSERVATION.properties().stream().map(Property::name).toList();
        }
        Set<String> out = new LinkedHashSet<>();
        for (List<String> path : row.select()) {
            Property p = EntityType.OBSERVATION.property(path.get(0));
            if (p != null) {
                out.add(p.name());
            }
        }
        return List.copyOf(out);
    }
}
