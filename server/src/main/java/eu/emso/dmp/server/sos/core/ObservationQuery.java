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
 * @param condition   the further condition on their Observations, if any
 * @param temporal    the temporal filter, if any
 */
public record ObservationQuery(List<Catalogue.Match> datastreams, Optional<Expr> condition,
                               Optional<TemporalFilter> temporal) {

    /** Compiles a request's parameters; InvalidParameterValue for unknown identifiers or bad filters. */
    public static ObservationQuery compile(Params p, Catalogue c, Features features) {
        List<Catalogue.Match> ds = c.select(p);
        List<Expr> and = new ArrayList<>();
        List<String> foi = p.list("featureOfInterest");
        if (!foi.isEmpty()) {
            and.add(Conditions.anyOf(List.of("FeatureOfInterest", "id"), features.ids(foi)));
        }
        Optional<TemporalFilter> temporal = TemporalFilter.parse(p.list("temporalFilter"));
        temporal.flatMap(TemporalFilter::condition).ifPresent(and::add);
        p.optional("spatialFilter").map(SpatialFilter::parse).ifPresent(s -> and.add(s.condition()));
        return new ObservationQuery(ds, Conditions.allOf(and), temporal);
    }

    /** The options reading the Observations of {@code datastreams}, in phenomenon time order. */
    public QueryOptions options(List<Long> datastreamIds, boolean descending, OptionalInt top) {
        Expr ds = Conditions.anyOf(List.of("Datastream", "id"), datastreamIds);
        Expr filter = condition.map(c -> (Expr) new Expr.Binary(BinaryOp.AND, ds, c)).orElse(ds);
        return new QueryOptions(Optional.of(filter),
                List.of(new OrderBy(new Expr.Path(List.of("phenomenonTime")), descending),
                        new OrderBy(new Expr.Path(List.of("id")), descending)),
                top, OptionalLong.empty(), false, List.of(), List.of(), Optional.empty(), Optional.empty());
    }
}
