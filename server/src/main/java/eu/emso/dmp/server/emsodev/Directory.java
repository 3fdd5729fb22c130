package eu.emso.dmp.server.emsodev;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.query.BinaryOp;
import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.store.EntityOperations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the observatories, instruments and parameters of the EMSODEV API in the SensorThings
 * entities: an observatory is a Thing (named by its name, found also by its
 * {@code properties.egim_node}); its instruments are the Sensors of its Datastreams (named by
 * {@code properties.model}, else by the Sensor's name); an instrument's parameters are those
 * Datastreams, named by {@link ParameterNames}. An unknown name is a 404. Thread-safe.
 */
final class Directory {
    private final EntityOperations store;

    Directory(EntityOperations store) {
        this.store = store;
    }

    /** An instrument of an observatory: its Sensor and its parameters, in Datastream order. */
    record Instrument(String name, EntityRow sensor, List<Parameter> parameters) {
        Instrument {
            parameters = List.copyOf(parameters);
        }

        JsonNode properties() {
            return Reads.json(sensor, "properties");
        }
    }

    /** A parameter: its EMSODEV name, unit and Datastream (with its ObservedProperty expanded). */
    record Parameter(String name, String uom, EntityRow datastream) {
    }

    /** The names of all observatories, by Thing id. */
    List<String> observatories() {
        return Reads.all(store, "Things", null, List.of()).stream().map(t -> Reads.text(t, "name")).toList();
    }

    /** The Thing named {@code name} (or whose {@code properties.egim_node} it is), with its Locations. */
    EntityRow observatory(String name) {
        Expr byName = new Expr.Binary(BinaryOp.OR, Reads.eq(List.of("name"), name),
                Reads.eq(List.of("properties", "egim_node"), name));
        List<EntityRow> found = Reads.page(store, "Things", byName, Reads.byId(), 1, List.of(),
                List.of(Reads.expand("Locations")), null).rows();
        if (found.isEmpty()) {
            throw new EmsodevException(404, "observatory: no observatory '" + name
                    + "'; GET /emsodev/observatories lists them");
        }
        return found.get(0);
    }

    /** The instruments of {@code thing}, by Sensor id. */
    List<Instrument> instruments(EntityRow thing) {
        List<EntityRow> datastreams = Reads.all(store, "Datastreams", Reads.eq(List.of("Thing", "id"), thing.id()),
                List.of(Reads.expand("Sensor"), Reads.expand("ObservedProperty")));
        Map<Long, List<EntityRow>> bySensor = new TreeMap<>();
        Map<Long, EntityRow> sensors = new HashMap<>();
        for (EntityRow d : datastreams) {
            EntityRow s = Reads.one(d, "Sensor");
            sensors.put(s.id(), s);
            bySensor.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(d);
        }
        Map<String, Integer> models = new HashMap<>();
        sensors.values().forEach(s -> models.merge(model(s), 1, Integer::sum));
        List<Instrument> out = new ArrayList<>();
        bySensor.forEach((id, ds) -> {
            EntityRow s = sensors.get(id);
            String model = model(s);
            String name = !model.isBlank() && models.get(model) == 1 ? model : Reads.text(s, "name");
            out.add(new Instrument(name, s, parameters(ds)));
        });
        return out;
    }

    /** The instrument of {@code thing} named {@code name}, or whose serial number or Sensor name it is. */
    Instrument instrument(EntityRow thing, String name) {
        List<Instrument> all = instruments(thing);
        for (Instrument i : all) {
            if (i.name().equals(name)) {
                return i;
            }
        }
        for (Instrument i : all) {
            if (name.equals(i.properties().path("serial_number").asText()) || name.equals(Reads.text(i.sensor(), "name"))) {
                return i;
            }
        }
        throw new EmsodevException(404, "instrument: no instrument '" + name + "' on observatory '"
                + Reads.text(thing, "name") + "'; GET /emsodev/observatories/{observatory}/instruments lists them");
    }

    /** The parameter of {@code instrument} named {@code name} (or whose OceanSITES code it is). */
    static Parameter parameter(Instrument instrument, String name) {
        for (Parameter p : instrument.parameters()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        for (Parameter p : instrument.parameters()) {
            if (Reads.text(Reads.one(p.datastream(), "ObservedProperty"), "name").equalsIgnoreCase(name)) {
                return p;
            }
        }
        throw new EmsodevException(404, "parameter: instrument '" + instrument.name() + "' has no parameter '" + name
                + "'; GET .../instruments/{instrument}/parameters lists them");
    }

    private static List<Parameter> parameters(List<EntityRow> datastreams) {
        List<Parameter> out = new ArrayList<>();
        Map<String, Integer> used = new LinkedHashMap<>();
        for (EntityRow d : datastreams) {
            EntityRow op = Reads.one(d, "ObservedProperty");
            String base = ParameterNames.of(Reads.text(op, "name"),
                    Reads.json(op, "properties").path("standard_name").asText(""));
            int n = used.merge(base, 1, Integer::sum);
            JsonNode unit = Reads.json(d, "unitOfMeasurement");
            String uom = unit.path("name").asText("").isBlank() ? unit.path("symbol").asText("") : unit.path("name").asText();
            out.add(new Parameter(n == 1 ? base : base + "_" + n, uom, d));
        }
        return out;
    }

    private static String model(EntityRow sensor) {
        return Reads.json(sensor, "properties").path("model").asText("").trim();
    }
}
