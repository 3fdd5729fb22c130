package eu.emso.dmp.server.ogcapi.edr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The {@code parameter_names} of an EDR collection (OGC 19-086r6, 7.3.4) and the CoverageJSON
 * parameter objects: each Datastream's ObservedProperty with its vocabulary URI and its unit,
 * and beside it a categorical {@code <name>_qc} parameter of QARTOD flags. Stateless.
 */
public final class ParameterNames {
    private static final Map<Integer, String> FLAGS = new java.util.TreeMap<>(Map.of(1, "GOOD", 2, "NOT_EVALUATED",
            3, "SUSPECT", 4, "FAIL", 9, "MISSING"));

    private ParameterNames() {
    }

    /** The parameter object of series {@code s}. */
    static ObjectNode parameter(Platform.Series s) {
        ObjectNode p = Json.mapper().createObjectNode();
        p.put("type", "Parameter");
        p.put("id", s.parameter());
        p.put("label", s.parameter());
        if (s.label() != null) {
            p.put("description", s.label());
        }
        JsonNode unit = unit(s);
        ObjectNode u = p.putObject("unit");
        u.put("label", unit.path("name").asText(""));
        ObjectNode symbol = u.putObject("symbol");
        symbol.put("value", unit.path("symbol").asText(""));
        if (!unit.path("definition").asText("").isBlank()) {
            symbol.put("type", unit.path("definition").asText());
        }
        ObjectNode op = p.putObject("observedProperty");
        if (s.definition() != null && !s.definition().isBlank()) {
            op.put("id", s.definition()); // a vocabulary URI; none is better than an empty one
        }
        op.putObject("label").put("en", s.parameter());
        return p;
    }

    /** The parameter object of the QARTOD flags of series {@code s}. */
    static ObjectNode flag(Platform.Series s) {
        ObjectNode p = Json.mapper().createObjectNode();
        p.put("type", "Parameter");
        p.put("id", s.parameter() + "_qc");
        p.put("label", s.parameter() + " QC flag");
        p.put("description", "QARTOD flag of " + s.parameter() + " (0: none)");
        ObjectNode op = p.putObject("observedProperty");
        op.put("id", "https://ioos.noaa.gov/project/qartod/");
        op.putObject("label").put("en", "QARTOD flag");
        ArrayNode cats = op.putArray("categories");
        ObjectNode enc = p.putObject("categoryEncoding");
        FLAGS.forEach((code, label) -> {
            cats.addObject().put("id", "https://ioos.noaa.gov/project/qartod/#" + label).putObject("label").put("en", label);
            enc.put("https://ioos.noaa.gov/project/qartod/#" + label, code);
        });
        return p;
    }

    /** The {@code parameter_names} object of {@code platforms}: each parameter once, with its flag. */
    static ObjectNode of(List<Platform> platforms) {
        ObjectNode names = Json.mapper().createObjectNode();
        for (Platform p : platforms) {
            for (Platform.Series s : p.series()) {
                if (!names.has(s.parameter())) {
                    names.set(s.parameter(), parameter(s));
                    names.set(s.parameter() + "_qc", flag(s));
                }
            }
        }
        return names;
    }

    private static JsonNode unit(Platform.Series s) {
        try {
            return s.unit() == null ? Json.mapper().createObjectNode() : Json.mapper().readTree(s.unit().text());
        } catch (IOException e) {
            return Json.mapper().createObjectNode();
        }
    }
}
