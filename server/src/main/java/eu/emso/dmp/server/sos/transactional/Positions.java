package eu.emso.dmp.server.sos.transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.sos.SosException;

/** GML positions of request documents as GeoJSON. Stateless. */
final class Positions {
    private Positions() {
    }

    /**
     * A GeoJSON point of a {@code gml:pos} in EPSG:4326 axis order ("latitude longitude");
     * InvalidParameterValue at {@code locator} when it is not two numbers.
     */
    static JsonNode point(String pos, String locator) {
        String[] c = pos.trim().split("\\s+");
        ObjectNode g = Json.mapper().createObjectNode();
        g.put("type", "Point");
        try {
            g.putArray("coordinates").add(Double.parseDouble(c[1])).add(Double.parseDouble(c[0]));
        } catch (RuntimeException e) {
            throw SosException.invalid(locator, "the position '" + pos.trim() + "' is not 'latitude longitude'");
        }
        return g;
    }
}
