package eu.emso.dmp.server.ogcapi.edr;

import eu.emso.dmp.model.query.BinaryOp;
import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.query.Exprs;
import eu.emso.dmp.server.ogcapi.BboxParam;
import eu.emso.dmp.server.ogcapi.DatetimeParam;
import eu.emso.dmp.server.ogcapi.OgcApiException;
import eu.emso.dmp.server.ogcapi.OgcRequest;
import eu.emso.dmp.server.ogcapi.crs.Crs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * The parameters of an EDR query (OGC 19-086r6, 8.2: {@code coords}, {@code within},
 * {@code within-units}, {@code bbox}, {@code datetime}, {@code parameter-name}, {@code z},
 * {@code crs}, plus {@code qc-flag}) compiled into conditions of the store's query model: which
 * platforms (on Things), which parameters, which Observations. Immutable.
 *
 * @param platforms    the condition on Things, or null for all of the collection
 * @param parameters   the parameter names asked for, empty for all
 * @param observations the condition on Observations, or null for all
 * @param crs          the CRS of {@code coords} and {@code bbox}
 * @param vertical     the {@code z} levels (which series, by their depth), or null for all
 */
public record EdrQuery(Expr platforms, Set<String> parameters, Expr observations, Crs crs, VerticalParam vertical) {
    /** Distance in degrees within which a position query finds a platform (about 100 m). */
    static final double POSITION_TOLERANCE = 0.001;
    private static final Expr.Path LOCATION = new Expr.Path(List.of("Locations", "location"));
    private static final Expr.Path FLAG = new Expr.Path(List.of("resultQuality", "qc_flag"));

    /** The parameters each query type knows. */
    static Set<String> known(String query) {
        Set<String> k = new LinkedHashSet<>(List.of("f", "datetime", "parameter-name", "z", "crs", "qc-flag"));
        switch (query) {
            case "position", "area" -> k.add("coords");
            case "radius" -> k.addAll(List.of("coords", "within", "within-units"));
            case "cube" -> k.add("bbox");
            case "locations" -> k.add("bbox");
            case "items" -> k.addAll(List.of("bbox", "limit", "cursor"));
            default -> { }
        }
        return k;
    }

    /** Compiles request {@code r} for query type {@code query}; 400 naming the first bad parameter. */
    static EdrQuery of(OgcRequest r, String query) {
        r.onlyKnown(known(query));
        Crs crs = Crs.of(r.param("crs"), "crs");
        Expr where = switch (query) {
            case "position" -> near(point(coords(r, crs), "position"), POSITION_TOLERANCE);
            case "radius" -> near(point(coords(r, crs), "radius"), degrees(r));
            case "area" -> area(coords(r, crs));
            case "cube" -> {
                String b = r.param("bbox");
                if (b == null) {
                    throw OgcApiException.invalidParameter("bbox", "a cube query needs a bbox");
                }
                yield BboxParam.intersects(LOCATION, BboxParam.parse(b, crs));
            }
            default -> r.param("bbox") == null ? null : BboxParam.intersects(LOCATION, BboxParam.parse(r.param("bbox"), crs));
        };
        List<Expr> obs = new ArrayList<>();
        DatetimeParam t = DatetimeParam.parse(r.param("datetime"), "datetime");
        if (t != null) {
            obs.add(t.intersects(new Expr.Path(List.of("phenomenonTime"))));
        }
        String flags = r.param("qc-flag");
        if (flags != null) {
            obs.add(flags(flags));
        }
        return new EdrQuery(where, names(r.param("parameter-name")), Exprs.allOf(obs), crs,
                VerticalParam.parse(r.param("z")));
    }

    private static Geometry coords(OgcRequest r, Crs crs) {
        String c = r.param("coords");
        if (c == null) {
            throw OgcApiException.invalidParameter("coords", "required: a WKT geometry, e.g. POINT(1.75 41.18)");
        }
        Geometry g;
        try {
            g = new WKTReader().read(c);
        } catch (ParseException | IllegalArgumentException e) {
            throw OgcApiException.invalidParameter("coords", "not Well-Known Text: " + e.getMessage());
        }
        for (Coordinate p : g.getCoordinates()) {
            if (!Double.isFinite(p.x) || !Double.isFinite(p.y)) {
                throw OgcApiException.invalidParameter("coords", "coordinates must be finite numbers");
            }
        }
        g.apply((org.locationtech.jts.geom.CoordinateFilter) p -> {
            double[] ll = crs.toCrs84(p.x, p.y);
            p.x = ll[0];
            p.y = ll[1];
        });
        g.geometryChanged();
        return g;
    }

    private static Geometry point(Geometry g, String query) {
        if (!g.getGeometryType().equals("Point")) {
            throw OgcApiException.invalidParameter("coords", "a " + query + " query needs a POINT, got " + g.getGeometryType());
        }
        return g;
    }

    private static Expr area(Geometry g) {
        if (!g.getGeometryType().endsWith("Polygon")) {
            throw OgcApiException.invalidParameter("coords", "an area query needs a POLYGON, got " + g.getGeometryType());
        }
        return new Expr.Call("st_intersects", List.of(LOCATION, new Expr.GeoLit(g.toText(), false)));
    }

    private static Expr near(Geometry p, double degrees) {
        return new Expr.Binary(BinaryOp.LE, new Expr.Call("geo.distance", List.of(LOCATION,
                new Expr.GeoLit(p.toText(), false))), num(degrees));
    }

    /** The radius in degrees of latitude (1° = 111.32 km), from {@code within} and {@code within-units}. */
    private static double degrees(OgcRequest r) {
        String w = r.param("within");
        String u = r.param("within-units");
        if (w == null || u == null) {
            throw OgcApiException.invalidParameter(w == null ? "within" : "within-units", "required for a radius query");
        }
        double d;
        try {
            d = Double.parseDouble(w);
        } catch (NumberFormatException e) {
            throw OgcApiException.invalidParameter("within", "'" + w + "' is not a number");
        }
        if (!(d >= 0) || Double.isInfinite(d)) {
            throw OgcApiException.invalidParameter("within", "must be a finite number of at least 0");
        }
        double km = switch (u.toLowerCase(java.util.Locale.ROOT)) {
            case "km" -> d;
            case "m" -> d / 1000;
            case "mi" -> d * 1.609344;
            default -> throw OgcApiException.invalidParameter("within-units", "'" + u + "' is not one of km, m, mi");
        };
        return km / 111.32;
    }

    private static Expr flags(String text) {
        Expr e = null;
        for (String f : text.split(",")) {
            if (!f.trim().matches("[0-9]")) {
                throw OgcApiException.invalidParameter("qc-flag", "'" + f + "' is not a QARTOD flag (1, 2, 3, 4 or 9)");
            }
            Expr eq = new Expr.Binary(BinaryOp.EQ, FLAG, num(Integer.parseInt(f.trim())));
            e = e == null ? eq : new Expr.Binary(BinaryOp.OR, e, eq);
        }
        return e;
    }

    private static Set<String> names(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text != null) {
            for (String n : text.split(",")) {
                if (!n.isBlank()) {
                    out.add(n.trim());
                }
            }
        }
        return out;
    }

    private static Expr num(double v) {
        return new Expr.NumLit(BigDecimal.valueOf(v), false);
    }

}
