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

    /**
     * The platforms {@code in} of collection {@code collection}, with the page's {@code links}
     * (self, alternates); each feature's self link is below {@code path}, {@code items} or
     * {@code locations}, the resource that listed it.
     */
    static ObjectNode collection(String root, String collection, String path, List<Platform> in, ArrayNode links) {
        ObjectNode fc = Json.mapper().createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        in.forEach(p -> features.add(feature(root, collection, path, p)));
        fc.set("links", links);
        fc.put("timeStamp", java.time.Instant.now().toString());
        fc.put("numberReturned", in.size());
        return fc;
    }

    /** One platform as a feature; its self and alternate links are {@code <collection>/<path>/<id>}. */
    static ObjectNode feature(String root, String collection, String path, Platform p) {
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
        String url = root + "/collections/" + collection;
        ArrayNode links = f.putArray("links");
        boolean location = path.equals("locations");
        String self = url + "/" + path + "/" + p.id();
        links.add(Links.link(self, "self", location ? "application/prs.coverage+json" : "application/geo+json",
                location ? "the series of this location" : "this platform"));
        links.add(Links.link(self + "?f=html", "alternate", "text/html", location ? "the series as html"
                : "this platform as html"));
        links.add(Links.link(url, "collection", "application/json", "the collection"));
        links.add(Links.link(url + "/locations/" + p.id(), "data", "application/prs.coverage+json",
                "the series of " + p.name()));
        return f;
    }
}
