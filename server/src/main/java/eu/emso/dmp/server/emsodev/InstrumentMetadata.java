package eu.emso.dmp.server.emsodev;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.TimeValue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The metadata record of an instrument as the EMSODEV platform gave it: the text of a
 * {@code key=value} map ({@code {EGIMLocation=OBSEA, SOSOfferingID=37-14998_data, ...}}) and
 * its validity date. The keys are filled from the Thing (site code, EGIM node, position), the
 * Sensor (the SOS procedure and offering this server's SOS face serves, model, serial number,
 * manufacturer, NVS vocabulary URIs) and its Datastreams (observation type). Stateless.
 */
final class InstrumentMetadata {
    private static final String MEASUREMENT = "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement";

    private InstrumentMetadata() {
    }

    /** The key=value pairs, in the order the EMSODEV platform listed them. */
    static Map<String, String> of(EntityRow thing, Directory.Instrument i) {
        JsonNode tp = Reads.json(thing, "properties");
        JsonNode sp = i.properties();
        Map<String, String> m = new LinkedHashMap<>();
        String location = first(tp.path("site_code").asText(""), Reads.text(location(thing), "name"), Reads.text(thing, "name"));
        m.put("EGIMLocation", location);
        String procedure = first(sp.path("sos_procedure").asText(""), sp.path("serial_number").asText(""),
                Reads.text(i.sensor(), "name"));
        m.put("SOSOfferingID", first(sp.path("sos_offering").asText(""), procedure + "_data"));
        m.put("SOSProcedureID", procedure);
        JsonNode c = coordinates(location(thing));
        if (c.size() >= 2) {
            m.put("EGIMPosition", c.get(1).asText() + "," + c.get(0).asText());
            m.put("EGIMPositionSRSName", "http://www.opengis.net/def/crs/EPSG/0/4326");
        }
        String type = i.parameters().isEmpty() ? "" : Reads.text(i.parameters().get(0).datastream(), "observationType");
        m.put("OMResultType", type.isBlank() || type.equals(MEASUREMENT) ? "measurement" : type.substring(type.lastIndexOf('/') + 1));
        String node = tp.path("egim_node").asText("");
        if (!node.isBlank()) {
            m.put("EGIMNode", node);
        }
        m.put("OMObservationType", type.isBlank() ? MEASUREMENT : type);
        sp.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode() && !e.getValue().asText().isBlank()) {
                m.putIfAbsent(e.getKey(), e.getValue().asText());
            }
        });
        return m;
    }

    /** The validity date: the earliest phenomenon time of the instrument's Datastreams, or null. */
    static Instant validity(Directory.Instrument i) {
        Instant first = null;
        for (Directory.Parameter p : i.parameters()) {
            if (p.datastream().values().get("phenomenonTime") instanceof TimeValue t && t.start() != null
                    && (first == null || t.start().isBefore(first))) {
                first = t.start();
            }
        }
        return first;
    }

    /** The text form of the EMSODEV platform: {@code {key=value, key=value}}. */
    static String text(Map<String, String> m) {
        return m.toString();
    }

    private static EntityRow location(EntityRow thing) {
        return thing.expanded().get("Locations") instanceof EntitySet s && !s.rows().isEmpty() ? s.rows().get(0) : null;
    }

    private static JsonNode coordinates(EntityRow location) {
        JsonNode g = Reads.json(location, "location");
        return g.has("geometry") ? g.path("geometry").path("coordinates") : g.path("coordinates");
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return "";
    }
}
