package eu.emso.dmp.server.sos;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.TimeValue;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.query.Expand;
import eu.emso.dmp.model.query.QueryOptions;
import eu.emso.dmp.model.store.EntityStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The SOS view of the store at the moment it is read: every Sensor as a procedure with its
 * offering and its Datastreams, read through the store's query model. Small (one entry per
 * Sensor and Datastream); read once per request. Immutable.
 */
public final class Catalogue {
    private static final OptionalInt ALL = OptionalInt.of(Pages.PAGE);
    private final List<Offering> offerings;

    private Catalogue(List<Offering> offerings) {
        this.offerings = List.copyOf(offerings);
    }

    /** Reads the catalogue: Sensors with their Datastreams, ObservedProperties and Things' Locations. */
    public static Catalogue read(EntityStore store) {
        Expand locations = new Expand(List.of("Locations"), options(List.of()));
        Expand thing = new Expand(List.of("Thing"), options(List.of(locations)));
        Expand property = new Expand(List.of("ObservedProperty"), QueryOptions.none());
        Expand datastreams = new Expand(List.of("Datastreams"), options(List.of(property, thing)));
        List<Offering> out = new ArrayList<>();
        for (EntityRow s : Pages.all(store, ResourcePathParser.parse("Sensors"), options(List.of(datastreams)))) {
            out.add(offering(s));
        }
        return new Catalogue(out);
    }

    public List<Offering> offerings() {
        return offerings;
    }

    /** The offering of this procedure. */
    public Optional<Offering> byProcedure(String procedure) {
        return offerings.stream().filter(o -> o.procedure().equals(procedure)).findFirst();
    }

    /** Every observable property, each once, in order of first appearance. */
    public List<String> observableProperties() {
        return offerings.stream().flatMap(o -> o.series().stream()).map(Offering.Series::observableProperty)
                .distinct().toList();
    }

    /**
     * Checks each identifier of {@code parameter} against {@code known}: InvalidParameterValue
     * naming the first unknown one (OGC 12-006 requirement 40 and its kin).
     */
    public static void checkKnown(String parameter, List<String> given, Set<String> known) {
        for (String g : given) {
            if (!known.contains(g)) {
                throw SosException.invalid(parameter, "no " + parameter + " '" + g + "' is offered by this service");
            }
        }
    }

    /**
     * The Datastreams the {@code offering}, {@code procedure} and {@code observedProperty}
     * parameters select (OR within a parameter, AND between them; all when none is given);
     * InvalidParameterValue naming the first identifier this service does not offer.
     */
    public List<Match> select(Params p) {
        List<String> offerings = p.list("offering");
        List<String> procedures = p.list("procedure");
        List<String> properties = p.list("observedProperty");
        List<Match> all = series(m -> true);
        checkKnown("offering", offerings, known(all, m -> m.offering().identifier()));
        checkKnown("procedure", procedures, known(all, m -> m.offering().procedure()));
        checkKnown("observedProperty", properties, known(all, m -> m.series().observableProperty()));
        return series(m -> (offerings.isEmpty() || offerings.contains(m.offering().identifier()))
                && (procedures.isEmpty() || procedures.contains(m.offering().procedure()))
                && (properties.isEmpty() || properties.contains(m.series().observableProperty())));
    }

    private static Set<String> known(List<Match> all, java.util.function.Function<Match, String> f) {
        return all.stream().map(f).collect(java.util.stream.Collectors.toSet());
    }

    /** The Datastreams that pass {@code keep}, each with its offering. */
    public List<Match> series(Predicate<Match> keep) {
        List<Match> out = new ArrayList<>();
        for (Offering o : offerings) {
            for (Offering.Series s : o.series()) {
                Match m = new Match(o, s);
                if (keep.test(m)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** A Datastream with the offering it belongs to. */
    public record Match(Offering offering, Offering.Series series) {
    }

    private static Offering offering(EntityRow s) {
        List<Offering.Series> series = new ArrayList<>();
        if (s.expanded().get("Datastreams") instanceof EntitySet ds) {
            for (EntityRow d : ds.rows()) {
                series.add(series(d));
            }
        }
        return new Offering(Identifiers.offering(s), Identifiers.procedure(s), s.id(),
                new Offering.Described(Identifiers.text(s, "name"), Identifiers.text(s, "description"),
                        Identifiers.json(s, "properties")), series);
    }

    private static Offering.Series series(EntityRow d) {
        EntityRow op = (EntityRow) d.expanded().get("ObservedProperty");
        JsonNode location = Identifiers.json(d, "none");
        if (d.expanded().get("Thing") instanceof EntityRow t && t.expanded().get("Locations") instanceof EntitySet l
                && !l.rows().isEmpty()) {
            location = Identifiers.json(l.rows().get(0), "location");
        }
        Object time = d.values().get("phenomenonTime");
        return new Offering.Series(d.id(), op == null ? "" : Identifiers.observableProperty(op),
                op == null ? "" : Identifiers.text(op, "name"),
                Identifiers.json(d, "unitOfMeasurement").path("symbol").asText(""),
                Identifiers.text(d, "observationType"), time instanceof TimeValue tv ? tv : null,
                Identifiers.json(d, "observedArea"), location);
    }

    private static QueryOptions options(List<Expand> expand) {
        return new QueryOptions(Optional.empty(), List.of(), ALL, OptionalLong.empty(), false, List.of(), expand,
                Optional.empty(), Optional.empty());
    }
}
