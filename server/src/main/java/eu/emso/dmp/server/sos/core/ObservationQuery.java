package eu.emso.dmp.server.sos.core;

import eu.emso.dmp.model.query.BinaryOp;
import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.query.OrderBy;
import eu.emso.dmp.model.query.QueryOptions;
import eu.emso.dmp.server.sos.Catalogue;
import eu.emso.dmp.server.sos.Features;
import eu.emso.dmp.server.sos.Params;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

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
        List<String> offerings = p.list("offering");
        List<String> procedures = p.list("procedure");
        List<String> properties = p.list("observedProperty");
        List<Catalogue.Match> all = c.series(m -> true);
        Catalogue.checkKnown("offering", offerings, ids(all, m -> m.offering().identifier()));
        Catalogue.checkKnown("procedure", procedures, ids(all, m -> m.offering().procedure()));
        Catalogue.checkKnown("observedProperty", properties, ids(all, m -> m.series().observableProperty()));
        List<Catalogue.Match> ds = c.series(m -> (offerings.isEmpty() || offerings.contains(m.offering().identifier()))
                && (procedures.isEmpty() || procedures.contains(m.offering().procedure()))
                && (properties.isEmpty() || properties.contains(m.series().observableProperty())));
        List<Expr> and = new ArrayList<>();
        List<String> foi = p.list("featureOfInterest");
        if (!foi.isEmpty()) {
            and.add(anyOf(List.of("FeatureOfInterest", "id"), features.ids(foi)));
        }
        Optional<TemporalFilter> temporal = TemporalFilter.parse(p.list("temporalFilter"));
        temporal.flatMap(TemporalFilter::condition).ifPresent(and::add);
        p.optional("spatialFilter").map(SpatialFilter::parse).ifPresent(s -> and.add(s.condition()));
        return new ObservationQuery(ds, and.stream().reduce((a, b) -> new Expr.Binary(BinaryOp.AND, a, b)), temporal);
    }

    /** The options reading the Observations of {@code datastreams}, in phenomenon time order. */
    public QueryOptions options(List<Long> datastreamIds, boolean descending, OptionalInt top) {
        Expr ds = anyOf(List.of("Datastream", "id"), datastreamIds);
        Expr filter = condition.map(c -> (Expr) new Expr.Binary(BinaryOp.AND, ds, c)).orElse(ds);
        return new QueryOptions(Optional.of(filter),
                List.of(new OrderBy(new Expr.Path(List.of("phenomenonTime")), descending),
                        new OrderBy(new Expr.Path(List.of("id")), descending)),
                top, OptionalLong.empty(), false, List.of(), List.of(), Optional.empty(), Optional.empty());
    }

    /** {@code path eq v1 or path eq v2 ...}; an empty list matches nothing. */
    static Expr anyOf(List<String> path, List<Long> ids) {
        if (ids.isEmpty()) {
            return new Expr.Binary(BinaryOp.EQ, new Expr.Path(List.of("id")), new Expr.NumLit(BigDecimal.valueOf(-1), true));
        }
        Expr e = null;
        for (long id : ids) {
            Expr eq = new Expr.Binary(BinaryOp.EQ, new Expr.Path(path), new Expr.NumLit(BigDecimal.valueOf(id), true));
            e = e == null ? eq : new Expr.Binary(BinaryOp.OR, e, eq);
        }
        return e;
    }

    private static Set<String> ids(List<Catalogue.Match> all, java.util.function.Function<Catalogue.Match, String> f) {
        return all.stream().map(f).collect(Collectors.toSet());
    }
}
