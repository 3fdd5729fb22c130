package eu.emso.dmp.server.ogcapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.entity.TimeValue;
import eu.emso.dmp.server.ogcapi.crs.Crs;
import java.time.Instant;

/**
 * The extent of a collection (OGC 17-069r4, 7.14, {@code extent}): the CRS84 bounding box of the
 * positions added and the interval of the times added, widened one by one. A collection without
 * positions gets the whole world, one without times an open interval ({@code [null, null]}).
 * Not thread-safe; one per description.
 */
public final class Extent {
    private double west = Double.POSITIVE_INFINITY;
    private double south = Double.POSITIVE_INFINITY;
    private double east = Double.NEGATIVE_INFINITY;
    private double north = Double.NEGATIVE_INFINITY;
    private Instant from;
    private Instant to;

    /** Widens the box to the point {@code lon, lat}; NaN is ignored. */
    public Extent point(double lon, double lat) {
        if (Double.isFinite(lon) && Double.isFinite(lat)) {
            west = Math.min(west, lon);
            east = Math.max(east, lon);
            south = Math.min(south, lat);
            north = Math.max(north, lat);
        }
        return this;
    }

    /** Widens the box to every position of a GeoJSON geometry, feature or coordinate array. */
    public Extent geometry(JsonNode g) {
        if (g == null || g.isMissingNode() || g.isNull()) {
            return this;
        }
        if (g.has("geometry")) {
            return geometry(g.get("geometry"));
        }
        if (g.has("geometries")) {
            g.get("geometries").forEach(this::geometry);
            return this;
        }
        JsonNode c = g.has("coordinates") ? g.get("coordinates") : g;
        if (c.isArray() && c.size() >= 2 && c.get(0).isNumber()) {
            return point(c.get(0).asDouble(), c.get(1).asDouble());
        }
        if (c.isArray()) {
            c.forEach(this::geometry);
        }
        return this;
    }

    /** Widens the interval to {@code t} (an instant or a period); null is ignored. */
    public Extent time(TimeValue t) {
        if (t != null) {
            Instant end = t.end() == null ? t.start() : t.end();
            from = from == null || t.start().isBefore(from) ? t.start() : from;
            to = to == null || end.isAfter(to) ? end : to;
        }
        return this;
    }

    /** Writes {@code spatial} (and {@code temporal} when {@code temporal} is true) into {@code extent}. */
    public void write(ObjectNode extent, boolean temporal) {
        ObjectNode spatial = extent.putObject("spatial");
        ArrayNode box = spatial.putArray("bbox").addArray();
        if (west <= east) {
            box.add(west).add(south).add(east).add(north);
        } else {
            box.add(-180).add(-90).add(180).add(90);
        }
        spatial.put("crs", Crs.CRS84.uri());
        if (temporal) {
            ObjectNode t = extent.putObject("temporal");
            ArrayNode interval = t.putArray("interval").addArray();
            if (from != null) {
                interval.add(from.toString()).add(to.toString());
            } else {
                interval.addNull().addNull();
            }
            t.put("trs", "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian");
        }
    }
}
