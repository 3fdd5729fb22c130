package eu.emso.dmp.server.sos;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.TimeValue;
import javax.xml.stream.XMLStreamException;

/**
 * GML 3.2 pieces of SOS documents: time instants and periods, envelopes and points from GeoJSON
 * (WGS 84; GML axis order latitude, longitude as EPSG:4326 defines it). Stateless.
 */
public final class Gml {
    public static final String EPSG_4326 = "http://www.opengis.net/def/crs/EPSG/0/4326";

    private Gml() {
    }

    /** {@code gml:TimeInstant} or {@code gml:TimePeriod} with the given {@code gml:id}. */
    public static void time(Xml xml, String id, TimeValue t) throws XMLStreamException {
        if (t.isInterval() && !t.end().equals(t.start())) {
            period(xml, id, t.start(), t.end());
        } else {
            xml.start("gml:TimeInstant").attr("gml:id", id).element("gml:timePosition", t.start().toString()).end();
        }
    }

    /** {@code gml:TimePeriod} from {@code start} to {@code end} (equal for a single instant). */
    public static void period(Xml xml, String id, java.time.Instant start, java.time.Instant end)
            throws XMLStreamException {
        xml.start("gml:TimePeriod").attr("gml:id", id).element("gml:beginPosition", start.toString())
                .element("gml:endPosition", end.toString()).end();
    }

    /** {@code gml:Envelope} of a GeoJSON geometry; false (nothing written) when it has no coordinates. */
    public static boolean envelope(Xml xml, JsonNode geoJson) throws XMLStreamException {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        bounds(geoJson.path("coordinates"), b);
        if (b[0] > b[2]) {
            return false;
        }
        xml.start("gml:Envelope").attr("srsName", EPSG_4326)
                .element("gml:lowerCorner", b[1] + " " + b[0])
                .element("gml:upperCorner", b[3] + " " + b[2]).end();
        return true;
    }

    /** {@code gml:Point} at the first position of a GeoJSON geometry; false when it has none. */
    public static boolean point(Xml xml, String id, JsonNode geoJson) throws XMLStreamException {
        JsonNode c = geoJson.path("coordinates");
        while (c.isArray() && c.size() > 0 && c.get(0).isArray()) {
            c = c.get(0);
        }
        if (!c.isArray() || c.size() < 2) {
            return false;
        }
        xml.start("gml:Point").attr("gml:id", id)
                .start("gml:pos").attr("srsName", EPSG_4326).text(c.get(1).asText() + " " + c.get(0).asText()).end()
                .end();
        return true;
    }

    /** Whether a GeoJSON geometry has at least one position. */
    public static boolean hasPosition(JsonNode geoJson) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        bounds(geoJson.path("coordinates"), b);
        return b[0] <= b[2];
    }

    private static void bounds(JsonNode c, double[] b) {
        if (c.isArray() && c.size() >= 2 && c.get(0).isNumber()) {
            b[0] = Math.min(b[0], c.get(0).asDouble());
            b[1] = Math.min(b[1], c.get(1).asDouble());
            b[2] = Math.max(b[2], c.get(0).asDouble());
            b[3] = Math.max(b[3], c.get(1).asDouble());
        } else if (c.isArray()) {
            for (JsonNode e : c) {
                bounds(e, b);
            }
        }
    }
}
