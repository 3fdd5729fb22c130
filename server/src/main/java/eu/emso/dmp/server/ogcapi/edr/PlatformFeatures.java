package eu.emso.dmp.server.ogcapi.edr;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.ogcapi.Links;
import java.util.List;

/** Platforms as GeoJSON features for EDR {@code items} and {@code locations} (OGC 19-086r6, 8.2.8). Stateless. */
final class PlatformFeatures {

    private PlatformFeatures() {
    }

    static ObjectNode collection(String root, List<Platform> in) {
        ObjectNode fc = Json.mapper().createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        in.forEach(p -> features.add(feature(root, "platform-" + p.id(), p)));
        fc.put("numberReturned", in.size());
        return fc;
    }

    static ObjectNode feature(String root, String collection, Platform p) {
        ObjectNode f = Json.mapper().createObjectNode();
        f.put("type", "Feature");
        f.put("id", p.id());
        if (Double.isNaN(p.lon())) {
            f.putNull("geometry");
        } else {
            f.putObject("geometry").put("type", "Point").putArray("coordinates").add(p.lon()).add(p.lat());
        }
        ObjectNode props = f.putObject("properties");
        props.put("name", p.name());
        ArrayNode names = props.putArray("parameter-name");
        p.series().stream().map(Platform.Series::parameter).distinct().forEach(names::add);
        f.putArray("links").add(Links.link(root + "/collections/" + collection + "/locations/" + p.id(), "data",
                "application/prs.coverage+json", "the series of " + p.name()));
        return f;
    }
}
