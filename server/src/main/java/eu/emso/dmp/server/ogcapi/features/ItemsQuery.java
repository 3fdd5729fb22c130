package eu.emso.dmp.server.ogcapi.features;

import eu.emso.dmp.model.query.BinaryOp;
import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.query.Exprs;
import eu.emso.dmp.model.query.QueryOptions;
import eu.emso.dmp.server.ogcapi.BboxParam;
import eu.emso.dmp.server.ogcapi.DatetimeParam;
import eu.emso.dmp.server.ogcapi.OgcApiException;
import eu.emso.dmp.server.ogcapi.OgcRequest;
import eu.emso.dmp.server.ogcapi.crs.Crs;
import eu.emso.dmp.server.ogcapi.filter.FilterParam;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The query parameters of {@code /collections/{id}/items} (OGC 17-069r4, 7.15; OGC 18-058, 6.2;
 * OGC 19-079, 6) compiled into the store's query options: the conditions of {@code bbox},
 * {@code datetime}, property filters and {@code filter} joined by {@code and}, {@code limit} as
 * the page size and {@code cursor} as the keyset token. Immutable.
 *
 * @param options the store query
 * @param limit   the page size applied
 * @param crs     the CRS of the response geometries
 */
public record ItemsQuery(QueryOptions options, int limit, Crs crs) {
    /** The parameters every items request knows besides the collection's queryables. */
    public static final Set<String> PARAMETERS = Set.of("f", "limit", "bbox", "bbox-crs", "datetime", "crs",
            "filter", "filter-lang", "filter-crs", "cursor");

    /** Compiles the parameters of {@code r} for collection {@code type}; 400 for any bad value. */
    public static ItemsQuery of(OgcRequest r, FeatureType type, FeaturesSettings settings) {
        Set<String> known = new HashSet<>(PARAMETERS);
        known.addAll(type.queryables().keySet());
        r.onlyKnown(known);
        int limit = limit(r.param("limit"), settings);
        List<Expr> conditions = new ArrayList<>();
        Expr.GeoLit box = BboxParam.parse(r.param("bbox"), Crs.of(r.param("bbox-crs"), "bbox-crs"));
        if (box != null) {
            conditions.add(BboxParam.intersects(type.geometry(), box));
        }
        DatetimeParam time = DatetimeParam.parse(r.param("datetime"), "datetime");
        if (time != null && type.time() != null) {
            conditions.add(time.intersects(type.time()));
        }
        for (var q : type.queryables().entrySet()) {
            String v = r.param(q.getKey());
            if (v != null) {
                conditions.add(new Expr.Binary(BinaryOp.EQ, q.getValue(), new Expr.StrLit(v)));
            }
        }
        Expr filter = FilterParam.parse(r.param("filter"), r.param("filter-lang"), r.param("filter-crs"),
                name -> resolve(type, name));
        if (filter != null) {
            conditions.add(filter);
        }
        QueryOptions o = new QueryOptions(and(conditions), List.of(), OptionalInt.of(limit), OptionalLong.empty(),
                false, List.of(), type.expand(), Optional.empty(), Optional.ofNullable(r.param("cursor")));
        return new ItemsQuery(o, limit, Crs.of(r.param("crs"), "crs"));
    }

    /** The path of a queryable for filters: its own name, {@code geometry}, or 400 naming it. */
    public static Expr.Path resolve(FeatureType type, String name) {
        if (name.equals("geometry")) {
            return type.geometry();
        }
        if (name.equals("datetime") && type.time() != null) {
            return type.time();
        }
        Expr.Path p = type.queryables().get(name);
        if (p == null) {
            throw OgcApiException.invalidParameter("filter", "'" + name + "' is not a queryable of " + type.id()
                    + "; see its /queryables");
        }
        return p;
    }

    private static int limit(String text, FeaturesSettings settings) {
        if (text == null) {
            return settings.defaultLimit();
        }
        int n;
        try {
            n = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw OgcApiException.invalidParameter("limit", "'" + text + "' is not an integer");
        }
        if (n < 1) {
            throw OgcApiException.invalidParameter("limit", "must be at least 1, got " + n);
        }
        return Math.min(n, settings.maxLimit());
    }

    private static Optional<Expr> and(List<Expr> conditions) {
        return Optional.ofNullable(Exprs.allOf(conditions));
    }
}
