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
        Expand components = new Expand(List.of("ObservedProperties"), options(List.of()));
        Expand multi = new Expand(List.of("MultiDatastreams"), options(List.of(components)));
        List<Offering> out = new ArrayList<>();
        for (EntityRow s : Pages.all(store, ResourcePathParser.parse("Sensors"), options(List.of(datastreams, multi)))) {
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

    /** Every observable property, composite ones included, each once, in order of first appearance. */
    public List<String> observableProperties() {
        return offerings.stream().flatMap(o -> java.util.stream.Stream.concat(
                o.series().stream().map(Offering.Series::observableProperty),
                o.complex().stream().map(Offering.Complex::observableProperty))).distinct().toList();
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
        List<String> offerings = p.filter("offering");
        List<String> procedures = p.filter("procedure");
        List<String> properties = p.filter("observedProperty");
        Set<String> knownOfferings = new java.util.HashSet<>();
        Set<String> knownProcedures = new java.util.HashSet<>();
        offerings().forEach(o -> {
            knownOfferings.add(o.identifier());
            knownProcedures.add(o.procedure());
        });
        checkKnown("offering", offerings, knownOfferings);
        checkKnown("procedure", procedures, knownProcedures);
        checkKnown("observedProperty", properties, Set.copyOf(observableProperties()));
        return series(m -> (offerings.isEmpty() || offerings.contains(m.offering().identifier()))
                && (procedures.isEmpty() || procedures.contains(m.offering().procedure()))
                && (properties.isEmpty() || properties.contains(m.series().observableProperty())));
    }

    /**
     * The MultiDatastreams the same parameters select, checked as {@link #select(Params)} checks
     * them (call that first): {@code observedProperty} names a composite phenomenon.
     */
    public List<ComplexMatch> selectComplex(Params p) {
        List<String> offerings = p.filter("offering");
        List<String> procedures = p.filter("procedure");
        List<String> properties = p.filter("observedProperty");
        List<ComplexMatch> out = new ArrayList<>();
        for (Offering o : this.offerings) {
            if ((offerings.isEmpty() || offerings.contains(o.identifier()))
                    && (procedures.isEmpty() || procedures.contains(o.procedure()))) {
                o.complex().stream().filter(c -> properties.isEmpty() || properties.contains(c.observableProperty()))
                        .forEach(c -> out.add(new ComplexMatch(o, c)));
            }
        }
        return out;
    }

    /** A MultiDatastream with the offering it belongs to. */
    public record ComplexMatch(Offering offering, Offering.Complex complex) {
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
        List<Offering.Complex> complex = new ArrayList<>();
        if (s.expanded().get("MultiDatastreams") instanceof EntitySet md) {
            for (EntityRow d : md.rows()) {
                complex.add(complex(d));
            }
        }
        return new Offering(Identifiers.offering(s), Identifiers.procedure(s), s.id(),
                new Offering.Described(Identifiers.text(s, "name"), Identifiers.text(s, "description"),
                        Identifiers.json(s, "properties")), series, complex);
    }

    private static Offering.Complex complex(EntityRow d) {
        JsonNode units = Identifiers.json(d, "unitOfMeasurements");
        List<Offering.Component> components = new ArrayList<>();
        if (d.expanded().get("ObservedProperties") instanceof EntitySet ops) {
            for (EntityRow op : ops.rows()) {
                components.add(new Offering.Component(Identifiers.text(op, "name"), Identifiers.observableProperty(op),
                        units.path(components.size()).path("symbol").asText("")));
            }
        }
        String id = Identifiers.json(d, "properties").path("sos_observable_property").asText("");
        Object time = d.values().get("phenomenonTime");
        return new Offering.Complex(d.id(), id.isBlank() ? Identifiers.text(d, "name") : id,
                time instanceof TimeValue tv ? tv : null, components);
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
