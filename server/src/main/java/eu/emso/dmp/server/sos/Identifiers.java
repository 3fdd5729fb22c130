package eu.emso.dmp.server.sos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.RawJson;
import eu.emso.dmp.model.json.Json;

/**
 * How SOS identifiers are read from the SensorThings entities (docs/sos.md, "Mapping"):
 * a procedure is a Sensor, named by {@code properties.sos_procedure}, else
 * {@code properties.serial_number}, else its name; its offering is named by
 * {@code properties.sos_offering}, else {@code <procedure>_data}; an observable property is an
 * ObservedProperty's definition (its name when the definition is empty); a feature of interest
 * is named by {@code properties.sos_identifier}, else its name. Stateless.
 */
public final class Identifiers {
    private Identifiers() {
    }

    public static String procedure(EntityRow sensor) {
        JsonNode p = json(sensor, "properties");
        return first(p.path("sos_procedure").asText(""), p.path("serial_number").asText(""), text(sensor, "name"));
    }

    public static String offering(EntityRow sensor) {
        String o = json(sensor, "properties").path("sos_offering").asText("");
        return o.isBlank() ? procedure(sensor) + "_data" : o;
    }

    public static String observableProperty(EntityRow observedProperty) {
        return first(text(observedProperty, "definition"), text(observedProperty, "name"));
    }

    public static String feature(EntityRow feature) {
        return first(json(feature, "properties").path("sos_identifier").asText(""), text(feature, "name"));
    }

    /** A string property of a read entity, or "". */
    public static String text(EntityRow row, String property) {
        Object v = row.values().get(property);
        return v == null ? "" : v.toString();
    }

    /** A JSON property of a read entity, or a missing node. */
    public static JsonNode json(EntityRow row, String property) {
        Object v = row.values().get(property);
        if (v instanceof RawJson r) {
            try {
                return Json.mapper().readTree(r.text());
            } catch (java.io.IOException e) {
                return MissingNode.getInstance();
            }
        }
        return MissingNode.getInstance();
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
