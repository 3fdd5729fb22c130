package eu.emso.dmp.server.sos.core;

import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.server.sos.SosException;
import java.util.List;
import java.util.Locale;

/**
 * The spatial filter of GetObservation and GetFeatureOfInterest in its KVP form (OGC 12-006
 * table D.3): {@code om:featureOfInterest/*}{@code /sams:shape,lowerY,lowerX,upperY,upperX[,crs]},
 * a BBOX on the feature's shape. Coordinates are in EPSG:4326 axis order (latitude first);
 * {@code CRS:84} or an {@code EPSG/0/4326}-less CRS is not supported.
 *
 * @param south lower latitude
 * @param west  lower longitude
 * @param north upper latitude
 * @param east  upper longitude
 */
public record SpatialFilter(double south, double west, double north, double east) {
    private static final String LOCATOR = "spatialFilter";

    public static SpatialFilter parse(String v) {
        String[] parts = v.split(",");
        if (parts.length != 5 && parts.length != 6) {
            throw SosException.invalid(LOCATOR, "a spatial filter is 'om:featureOfInterest/*/sams:shape,"
                    + "lowerLat,lowerLon,upperLat,upperLon[,crs]', not '" + v + "'");
        }
        String ref = parts[0].trim();
        if (!ref.endsWith("sams:shape") && !ref.equals("om:featureOfInterest")) {
            throw SosException.invalid(LOCATOR, "the value reference '" + ref + "' is not supported; use "
                    + "om:featureOfInterest/*/sams:shape");
        }
        if (parts.length == 6 && !parts[5].trim().toLowerCase(Locale.ROOT).matches(".*(epsg/0/|epsg::|epsg:)4326")) {
            throw SosException.invalid(LOCATOR, "the CRS '" + parts[5].trim() + "' is not supported; use "
                    + "http://www.opengis.net/def/crs/EPSG/0/4326");
        }
        double[] c = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                c[i] = Double.parseDouble(parts[i + 1].trim());
            } catch (NumberFormatException e) {
                throw SosException.invalid(LOCATOR, "'" + parts[i + 1].trim() + "' is not a coordinate");
            }
        }
        if (c[0] > c[2] || c[1] > c[3] || Math.abs(c[0]) > 90 || Math.abs(c[2]) > 90) {
            throw SosException.invalid(LOCATOR, "the box " + v + " is not lower corner, upper corner in latitude, longitude");
        }
        return new SpatialFilter(c[0], c[1], c[2], c[3]);
    }

    /** {@code st_intersects(FeatureOfInterest/feature, geometry'POLYGON(...)')}. */
    Expr condition() {
        return condition(List.of("FeatureOfInterest", "feature"));
    }

    /** The BBOX condition on the geometry at {@code path}. */
    public Expr condition(List<String> path) {
        String wkt = String.format(Locale.ROOT, "POLYGON((%s %s, %s %s, %s %s, %s %s, %s %s))", west, south, east, south,
                east, north, west, north, west, south);
        return new Expr.Call("st_intersects", List.of(new Expr.Path(path), new Expr.GeoLit(wkt, false)));
    }
}
