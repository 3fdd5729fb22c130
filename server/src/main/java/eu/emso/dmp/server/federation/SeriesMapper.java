package eu.emso.dmp.server.federation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.model.store.EntityTransaction;
import eu.emso.dmp.model.store.RemoteIds;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Maps the remote entities of a series onto local ones: the Thing (with its Location), Sensor,
 * ObservedProperty and Datastream, each created on first sight with its provenance in
 * {@code properties.federation}, and afterwards found by its mapping. Creation and mapping share
 * one transaction per series, so a harvest stopped at any moment creates nothing twice. A
 * remote Datastream's own {@code quality_control} is kept as {@code remote_quality_control}: the
 * local configuration decides our flags. Not thread-safe: one instance per run.
 */
final class SeriesMapper {
    private static final String MEASUREMENT =
            "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement";
    private final EntityStore store;
    private final SourceSpec spec;
    private final Instant now;
    private final Set<String> touched = new HashSet<>();

    /** The local Datastream of a series, the feature its observations get, and how many entities were created. */
    record Local(long datastream, long feature, int created) {
    }

    SeriesMapper(EntityStore store, SourceSpec spec, Instant now) {
        this.store = store;
        this.spec = spec;
        this.now = now;
    }

    Local map(RemoteSeries s) {
        return store.inTransaction(t -> {
            int[] created = {0};
            RemotePlatform p = s.platform();
            long thing = local(t, EntityType.THING, p.remoteId(), created, () -> thing(p));
            long sensor = local(t, EntityType.SENSOR, s.sensor().remoteId(), created, () -> sensor(s.sensor()));
            long property = local(t, EntityType.OBSERVED_PROPERTY, s.variable().remoteId(), created,
                    () -> property(s.variable()));
            long datastream = local(t, EntityType.DATASTREAM, s.remoteId(), created,
                    () -> datastream(s, thing, sensor, property));
            return new Local(datastream, t.defaultFeature(datastream), created[0]);
        });
    }

    private interface Body {
        ObjectNode make();
    }

    private long local(EntityTransaction t, EntityType type, String remoteId, int[] created, Body body) {
        RemoteIds ids = t.remoteIds();
        var found = ids.find(spec.name(), type, remoteId);
        if (found.isPresent()) {
            if (touched.add(type + "/" + remoteId)) {
                ids.touch(spec.name(), type, remoteId, now);
                ids.provenance(type, found.get().localId(),
                        provenance(remoteId, found.get().firstHarvest()).toString());
            }
            return found.get().localId();
        }
        ObjectNode b = body.make();
        ObjectNode props = b.has("properties") ? (ObjectNode) b.get("properties") : b.putObject("properties");
        props.set("federation", provenance(remoteId, now));
        long id = t.create(ResourcePathParser.parse(type.setName()), b);
        ids.map(spec.name(), type, remoteId, id, now);
        touched.add(type + "/" + remoteId);
        created[0]++;
        return id;
    }

    private ObjectNode provenance(String remoteId, Instant first) {
        ObjectNode f = Json.mapper().createObjectNode();
        f.put("source", spec.name());
        f.put("kind", spec.kind().name().toLowerCase(java.util.Locale.ROOT));
        f.put("url", spec.url().toString());
        f.put("remoteId", remoteId);
        f.put("firstHarvest", first.toString());
        f.put("lastHarvest", now.toString());
        return f;
    }

    private static ObjectNode thing(RemotePlatform p) {
        ObjectNode b = named(p.name(), p.description(), p.properties(), "remote platform " + p.remoteId());
        if (p.latitude() != null && p.longitude() != null) {
            ObjectNode l = ((ArrayNode) b.putArray("Locations")).addObject();
            l.put("name", b.get("name").asText());
            l.put("description", "position given by the remote");
            l.put("encodingType", "application/geo+json");
            ObjectNode g = l.putObject("location");
            g.put("type", "Point");
            g.putArray("coordinates").add(p.longitude()).add(p.latitude());
        }
        return b;
    }

    private static ObjectNode sensor(RemoteSensor s) {
        ObjectNode b = named(s.name(), s.description(), s.properties(), "remote sensor " + s.remoteId());
        b.put("encodingType", s.encodingType() == null ? "text/plain" : s.encodingType());
        b.put("metadata", s.metadata() == null ? "" : s.metadata());
        return b;
    }

    private static ObjectNode property(RemoteVariable v) {
        ObjectNode b = named(v.name(), v.description(), v.properties(), "remote variable " + v.remoteId());
        b.put("definition", v.definition() == null ? "" : v.definition());
        return b;
    }

    private static ObjectNode datastream(RemoteSeries s, long thing, long sensor, long property) {
        ObjectNode b = named(s.name(), s.description(), s.properties(), "remote series " + s.remoteId());
        ObjectNode props = (ObjectNode) b.get("properties");
        if (props.has("quality_control")) {
            props.set("remote_quality_control", props.remove("quality_control"));
        }
        b.put("observationType", s.observationType() == null ? MEASUREMENT : s.observationType());
        ObjectNode u = b.putObject("unitOfMeasurement");
        RemoteUnit unit = s.unit();
        u.put("name", unit == null ? null : unit.name());
        u.put("symbol", unit == null ? null : unit.symbol());
        u.put("definition", unit == null ? null : unit.definition());
        b.putObject("Thing").put("@iot.id", thing);
        b.putObject("Sensor").put("@iot.id", sensor);
        b.putObject("ObservedProperty").put("@iot.id", property);
        return b;
    }

    private static ObjectNode named(String name, String description, Map<String, Object> properties, String dflt) {
        ObjectNode b = Json.mapper().createObjectNode();
        b.put("name", name == null || name.isBlank() ? dflt : name);
        b.put("description", description == null ? "" : description);
        b.set("properties", properties == null ? Json.mapper().createObjectNode()
                : Json.mapper().valueToTree(properties));
        return b;
    }
}
