package eu.emso.dmp.egim.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** The SensorThings JSON of catalogue entities. Stateless. */
final class Entities {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String GEOJSON = "application/geo+json";
    private static final String MEASUREMENT = "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement";

    private Entities() {
    }

    static ObjectNode tree(Map<String, ?> map) {
        return MAPPER.valueToTree(map);
    }

    static ObjectNode location(Site.Position p) {
        ObjectNode l = CatalogueWriter.named(p.name(), p.description());
        l.put("encodingType", GEOJSON);
        l.set("location", point(p));
        return l;
    }

    static ObjectNode feature(Site site) {
        Site.Position p = site.location();
        ObjectNode f = CatalogueWriter.named(site.platform().name() + " sampling point",
                "Sampling point of " + site.platform().name() + (p.depth() != null ? " at " + p.depth() + " m depth" : ""));
        f.put("encodingType", GEOJSON);
        f.set("feature", point(p));
        ObjectNode props = f.putObject("properties");
        props.put("sampling_feature_type", "SF_SamplingPoint");
        if (p.depth() != null) {
            props.put("depth", p.depth());
        }
        return f;
    }

    static ObjectNode sensor(Instrument i) {
        ObjectNode s = CatalogueWriter.named(i.name(), i.description());
        String l22 = i.vocabulary().get("L22");
        s.put("encodingType", l22 != null ? "text/html" : "text/plain");
        s.put("metadata", l22 != null ? l22 : i.description().isBlank() ? i.name() : i.description());
        ObjectNode props = s.putObject("properties");
        props.put("model", i.model());
        props.put("serial_number", i.serial());
        props.put("manufacturer", i.manufacturer());
        i.vocabulary().forEach(props::put);
        if (i.registered()) {
            props.put("registered_from_data", true);
        }
        return s;
    }

    /** @param refs the ids of the Thing, Sensor and ObservedProperty */
    static ObjectNode datastream(Site site, Instrument i, Site.Parameter p, Site.Unit u, String variant, long[] refs) {
        ObjectNode d = CatalogueWriter.named(site.platform().name() + " " + i.name() + " " + p.code()
                        + (variant.isEmpty() ? "" : " " + variant),
                p.name() + " measured by " + i.name() + " on " + site.platform().name());
        d.put("observationType", MEASUREMENT);
        ObjectNode unit = d.putObject("unitOfMeasurement");
        unit.put("name", u.name());
        unit.put("symbol", u.symbol());
        unit.put("definition", u.definition());
        ObjectNode props = d.putObject("properties");
        props.put("parameter", p.code());
        props.put("instrument", i.key());
        props.put("platform", site.id());
        d.putObject("Thing").put("@iot.id", refs[0]);
        d.putObject("Sensor").put("@iot.id", refs[1]);
        d.putObject("ObservedProperty").put("@iot.id", refs[2]);
        return d;
    }

    private static JsonNode point(Site.Position p) {
        ObjectNode g = MAPPER.createObjectNode();
        g.put("type", "Point");
        g.putArray("coordinates").add(p.longitude()).add(p.latitude());
        return g;
    }
}
