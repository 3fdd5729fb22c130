package eu.emso.dmp.server.exports;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.RawJson;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.query.BinaryOp;
import eu.emso.dmp.model.query.Expand;
import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.query.OrderBy;
import eu.emso.dmp.model.query.QueryOptions;
import eu.emso.dmp.model.store.EntityOperations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Reads what an export selects, through the store's query model: the Datastreams (with their
 * Thing and its Location, Sensor and ObservedProperty), as {@link Variable}s named uniquely, and
 * their {@link Station}s. Unknown ids are a {@link NotFound}. Thread-safe.
 */
public final class SelectionReader {
    /** The most Datastreams one export holds. */
    static final int MAX_SERIES = 1000;
    private final Supplier<? extends EntityOperations> store;

    public SelectionReader(Supplier<? extends EntityOperations> store) {
        this.store = store;
    }

    /** The series and platforms {@code r} selects, in the order asked (by id for a Thing). */
    public Selection read(ExportRequest r) {
        Expr condition = r.thing() != null ? eq(List.of("Thing", "id"), r.thing()) : anyId(r.datastreams());
        QueryOptions none = QueryOptions.none();
        QueryOptions thing = options(null, List.of(new Expand(List.of("Locations"), none)), 1);
        QueryOptions o = options(condition, List.of(new Expand(List.of("Thing"), thing),
                new Expand(List.of("Sensor"), none), new Expand(List.of("ObservedProperty"), none)), MAX_SERIES + 1);
        EntitySet set = store.get().readCollection(Version.V11, ResourcePathParser.parse("Datastreams"), o);
        if (set.rows().size() > MAX_SERIES) {
            throw new ExportException(400, "datastreams: an export holds at most " + MAX_SERIES + " Datastreams");
        }
        Map<Long, EntityRow> byId = new LinkedHashMap<>();
        set.rows().forEach(d -> byId.put(d.id(), d));
        List<EntityRow> rows = new ArrayList<>();
        if (r.thing() != null) {
            if (byId.isEmpty()) {
                throw new ExportException(404, "thing: no Thing " + r.thing() + " with Datastreams");
            }
            rows.addAll(byId.values());
        } else {
            for (long id : r.datastreams()) {
                EntityRow d = byId.get(id);
                if (d == null) {
                    throw new ExportException(404, "datastreams: no Datastream " + id);
                }
                rows.add(d);
            }
        }
        return build(rows);
    }

    private static Selection build(List<EntityRow> rows) {
        Map<Long, Station> stations = new LinkedHashMap<>();
        List<Variable> variables = new ArrayList<>();
        Map<String, Integer> used = new HashMap<>();
        for (EntityRow d : rows) {
            EntityRow t = (EntityRow) d.expanded().get("Thing");
            EntityRow op = (EntityRow) d.expanded().get("ObservedProperty");
            EntityRow s = (EntityRow) d.expanded().get("Sensor");
            stations.computeIfAbsent(t.id(), k -> station(t, json(d.values().get("properties"))));
            String definition = text(op, "definition");
            String code = Vocabulary.code(text(op, "name"), definition);
            int n = used.merge(code, 1, Integer::sum);
            JsonNode unit = json(d.values().get("unitOfMeasurement"));
            JsonNode sp = json(s.values().get("properties"));
            String desc = text(op, "description");
            variables.add(new Variable(d.id(), t.id(), n == 1 ? code : code + "_" + n, code,
                    desc.isBlank() ? text(op, "name") : desc, definition,
                    Vocabulary.standardName(json(op.values().get("properties")).path("standard_name").asText(""),
                            code, definition),
                    unit.path("symbol").asText(""), unit.path("name").asText(""), unit.path("definition").asText(""),
                    new Variable.Sensor(s.id(), text(s, "name"), sp.path("serial_number").asText(""),
                            sp.path("model").asText(""), sp.path("manufacturer").asText(""), text(s, "metadata")),
                    text(d, "name")));
        }
        return new Selection(List.copyOf(stations.values()), variables);
    }

    private static Station station(EntityRow t, JsonNode datastreamProperties) {
        double lon = Double.NaN;
        double lat = Double.NaN;
        if (t.expanded().get("Locations") instanceof EntitySet locs && !locs.rows().isEmpty()) {
            JsonNode g = json(locs.rows().get(0).values().get("location"));
            JsonNode c = g.has("geometry") ? g.path("geometry").path("coordinates") : g.path("coordinates");
            if (c.size() >= 2 && c.get(0).isNumber()) {
                lon = c.get(0).asDouble();
                lat = c.get(1).asDouble();
            }
        }
        JsonNode p = json(t.values().get("properties"));
        Map<String, String> props = new LinkedHashMap<>();
        p.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode()) {
                props.put(e.getKey(), e.getValue().asText());
            }
        });
        double depth = p.path("depth").isNumber() ? p.path("depth").asDouble()
                : datastreamProperties.path("depth").isNumber() ? datastreamProperties.path("depth").asDouble() : Double.NaN;
        return new Station(t.id(), text(t, "name"), text(t, "description"), props, lon, lat, depth);
    }

    private static QueryOptions options(Expr filter, List<Expand> expand, int top) {
        return new QueryOptions(Optional.ofNullable(filter), List.of(new OrderBy(new Expr.Path(List.of("id")), false)),
                OptionalInt.of(top), OptionalLong.empty(), false, List.of(), expand, Optional.empty(), Optional.empty());
    }

    private static Expr anyId(List<Long> ids) {
        Expr any = null;
        for (long id : ids) {
            Expr e = eq(List.of("id"), id);
            any = any == null ? e : new Expr.Binary(BinaryOp.OR, any, e);
        }
        return any;
    }

    private static Expr eq(List<String> path, long id) {
        return new Expr.Binary(BinaryOp.EQ, new Expr.Path(path), new Expr.NumLit(BigDecimal.valueOf(id), true));
    }

    private static String text(EntityRow r, String property) {
        Object v = r == null ? null : r.values().get(property);
        return v instanceof String s ? s : v == null ? "" : v.toString();
    }

    private static JsonNode json(Object raw) {
        if (!(raw instanceof RawJson j)) {
            return Json.mapper().createObjectNode();
        }
        try {
            return Json.mapper().readTree(j.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
