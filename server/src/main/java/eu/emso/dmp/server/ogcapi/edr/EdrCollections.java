package eu.emso.dmp.server.ogcapi.edr;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.ogcapi.Extent;
import eu.emso.dmp.server.ogcapi.Links;
import eu.emso.dmp.server.ogcapi.MediaFormat;
import eu.emso.dmp.server.ogcapi.crs.Crs;
import java.util.List;

/**
 * The description of an EDR collection (OGC 19-086r6, 7.3.3 and /req/collections/rc-md-success):
 * extent from its platforms' positions and series times, {@code data_queries}, {@code crs},
 * {@code output_formats} and {@code parameter_names}. Stateless.
 */
final class EdrCollections {
    static final List<String> QUERIES = List.of("position", "radius", "area", "cube", "locations");
    static final List<MediaFormat> OUTPUTS = List.of(MediaFormat.COVJSON, MediaFormat.GEOJSON, MediaFormat.CSV,
            MediaFormat.HTML);

    private EdrCollections() {
    }

    static ObjectNode describe(String root, String id, String title, List<Platform> platforms) {
        String url = root + "/collections/" + id;
        ObjectNode c = Json.mapper().createObjectNode();
        c.put("id", id);
        c.put("title", title);
        c.put("description", "Time series of " + title + " (" + platforms.size() + " platform"
                + (platforms.size() == 1 ? "" : "s") + ") for EDR queries");
        ArrayNode links = c.putArray("links");
        links.add(Links.link(url, "self", "application/json", "this collection"));
        links.add(Links.link(url + "?f=html", "alternate", "text/html", "this collection as html"));
        links.add(Links.link(url + "/items", "items", "application/geo+json", "the platforms"));
        ObjectNode queries = c.putObject("data_queries");
        for (String q : QUERIES) {
            links.add(Links.link(url + "/" + q, "data", "application/prs.coverage+json", q + " query"));
            ObjectNode v = queries.putObject(q).putObject("link").put("href", url + "/" + q).put("rel", "data")
                    .putObject("variables");
            v.put("title", q + " query");
            v.put("query_type", q);
            formatNames(v.putArray("output_formats"));
            v.put("default_output_format", "CoverageJSON");
            ArrayNode crs = v.putArray("crs_details");
            for (Crs k : Crs.offered()) {
                crs.addObject().put("crs", k.uri()).put("wkt", k.uri());
            }
            if (q.equals("radius")) {
                v.putArray("within_units").add("km").add("m").add("mi");
            }
        }
        extent(c.putObject("extent"), platforms);
        ArrayNode crs = c.putArray("crs");
        Crs.uris().forEach(crs::add);
        formatNames(c.putArray("output_formats"));
        c.set("parameter_names", ParameterNames.of(platforms));
        return c;
    }

    /** The names of {@link #OUTPUTS} as EDR lists them in {@code output_formats}. */
    private static void formatNames(ArrayNode into) {
        OUTPUTS.forEach(f -> into.add(f.formatName()));
    }

    private static void extent(ObjectNode e, List<Platform> platforms) {
        Extent x = new Extent();
        for (Platform p : platforms) {
            x.point(p.lon(), p.lat());
            p.series().forEach(s -> x.time(s.time()));
        }
        x.write(e, true);
    }
}
