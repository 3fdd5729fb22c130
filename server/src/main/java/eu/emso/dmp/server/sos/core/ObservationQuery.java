package eu.emso.dmp.server.sos.core;

import eu.emso.dmp.model.query.BinaryOp;
import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.query.OrderBy;
import eu.emso.dmp.model.query.QueryOptions;
import eu.emso.dmp.server.sos.Catalogue;
import eu.emso.dmp.server.sos.Conditions;
import eu.emso.dmp.server.sos.Features;
import eu.emso.dmp.server.sos.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A GetObservation request compiled onto the store's query model (OGC 12-006 clause 8.4.2):
 * the offering, procedure and observedProperty filters select Datastreams in the catalogue;
 * featureOfInterest, the temporal filter and the spatial filter become conditions of the
 * {@code Observations} query; all are combined with AND, the values of one parameter with OR.
 *
 * @param datastreams the Datastreams asked for
 * @param complex     the MultiDatastreams asked for
 * @param condition   the further condition on their Observations, if any
 * @param temporal    the temporal filter, if any
 */
public record ObservationQuery(List<Catalogue.Match> datastreams, List<Catalogue.ComplexMatch> complex,
                               Optional<Expr> condition, Optional<TemporalFilter> temporal) {
    /** The Observation's link to its Datastream. */
    public static final String DATASTREAM = "Datastream";
    /** The Observation's link to its MultiDatastream. */
    public static final String MULTI_DATASTREAM = "MultiDatastream";

    /** Compiles a request's parameters; InvalidParameterValue for unknown identifiers or bad filters. */
    public static ObservationQuery compile(Params p, Catalogue c, Features features) {
        List<Catalogue.Match> ds = c.select(p);
        List<Catalogue.ComplexMatch> complex = c.selectComplex(p);
        List<Expr> and = new ArrayList<>();
        List<String> foi = p.filter("featureOfInterest");
        if (!foi.isEmpty()) {
            and.add(Conditions.anyOf(List.of("FeatureOfInterest", "id"), features.ids(foi)));
        }
        Optional<TemporalFilter> temporal = TemporalFilter.parse(p.list("temporalFilter"));
        temporal.flatMap(TemporalFilter::condition).ifPresent(and::add);
        p.optional("spatialFilter").map(SpatialFilter::parse).ifPresent(s -> and.add(s.condition()));
        return new ObservationQuery(ds, complex, Conditions.allOf(and), temporal);
    }

    /** The options reading the Observations of the Datastreams {@code datastreamIds}, in phenomenon time order. */
    public QueryOptions options(List<Long> datastreamIds, boolean descending, OptionalInt top) {
        return options(DATASTREAM, datastreamIds, descending, top);
    }

    /**
     * The options reading the Observations linked by {@code link} ({@link #DATASTREAM} or
     * {@link #MULTI_DATASTREAM}) to {@code ids}, in phenomenon time order.
     */
    public QueryOptions options(String link, List<Long> ids, boolean descending, OptionalInt top) {
        Expr ds = Conditions.anyOf(List.of(link, "id"), ids);
        Expr filter = condition.map(c -> (Expr) new Expr.Binary(BinaryOp.AND, ds, c)).orElse(ds);
        return new QueryOptions(Optional.of(filter),
                List.of(new OrderBy(new Expr.Path(List.of("phenomenonTime")), descending),
                        new OrderBy(new Expr.Path(List.of("id")), descending)),
                top, OptionalLong.empty(), false, List.of(), List.of(), Optional.empty(), Optional.empty());
    }
}
