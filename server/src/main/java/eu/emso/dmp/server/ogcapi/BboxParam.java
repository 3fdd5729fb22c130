package eu.emso.dmp.server.ogcapi;

import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.server.ogcapi.crs.Crs;
import java.util.List;
import java.util.Locale;

/**
 * The {@code bbox} parameter (OGC 17-069r4, 7.15.3): four numbers (or six, with heights, which
 * are ignored) in {@code bbox-crs} (default CRS84), lower corner first; a box whose west edge is
 * east of its east edge crosses the antimeridian. Compiles to a geometry literal in CRS84.
 */
public final class BboxParam {

    private BboxParam() {
    }

    /** The geometry of {@code text} in CRS84, or null when {@code text} is null; 400 when malformed. */
    public static Expr.GeoLit parse(String text, Crs crs) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            throw OgcApiException.invalidParameter("bbox", "needs 4 or 6 comma-separated numbers, got " + parts.length);
        }
        double[] n = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                n[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw OgcApiException.invalidParameter("bbox", "'" + parts[i] + "' is not a number");
            }
            if (!Double.isFinite(n[i])) {
                throw OgcApiException.invalidParameter("bbox", "'" + parts[i] + "' is not a finite number");
            }
        }
        int d = parts.length / 2;
        double[] lo = crs.toCrs84(n[0], n[1]);
        double[] hi = crs.toCrs84(n[d], n[d + 1]);
        if (lo[1] > hi[1]) {
            throw OgcApiException.invalidParameter("bbox", "the south edge " + lo[1] + " is north of the north edge " + hi[1]);
        }
        if (lo[1] < -90 || hi[1] > 90 || lo[0] < -180 || hi[0] > 180 || lo[0] > 180 || hi[0] < -180) {
            throw OgcApiException.invalidParameter("bbox", "the box lies outside longitude -180..180 or latitude -90..90");
        }
        if (lo[0] <= hi[0]) {
            return new Expr.GeoLit("POLYGON(" + ring(lo[0], lo[1], hi[0], hi[1]) + ")", false);
        }
        return new Expr.GeoLit("MULTIPOLYGON((" + ring(lo[0], lo[1], 180, hi[1]) + "),("
                + ring(-180, lo[1], hi[0], hi[1]) + "))", false);
    }

    private static String ring(double w, double s, double e, double n) {
        return String.format(Locale.ROOT, "(%s %s,%s %s,%s %s,%s %s,%s %s)",
                w, s, e, s, e, n, w, n, w, s);
    }

    /** The condition "the geometry at {@code path} intersects {@code box}". */
    public static Expr intersects(Expr.Path path, Expr.GeoLit box) {
        return new Expr.Call("st_intersects", List.of(path, box));
    }
}
