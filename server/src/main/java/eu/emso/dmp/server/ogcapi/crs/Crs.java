package eu.emso.dmp.server.ogcapi.crs;

import eu.emso.dmp.server.ogcapi.OgcApiException;
import java.util.List;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * A coordinate reference system the face offers, by its OGC URI. Stored coordinates are
 * longitude, latitude on WGS 84 (CRS84); {@link #fromCrs84} and {@link #toCrs84} convert one
 * position, in the axis order the CRS defines. Immutable and thread-safe (proj4j transforms are
 * created per call, they are not thread-safe).
 */
public enum Crs {
    CRS84("http://www.opengis.net/def/crs/OGC/1.3/CRS84", null, false),
    EPSG_4326("http://www.opengis.net/def/crs/EPSG/0/4326", null, true),
    EPSG_3857("http://www.opengis.net/def/crs/EPSG/0/3857",
            "+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs",
            false);

    private static final CRSFactory FACTORY = new CRSFactory();
    private static final String WGS84 = "+proj=longlat +datum=WGS84 +no_defs";
    private final String uri;
    private final String proj4;
    private final boolean latitudeFirst;

    Crs(String uri, String proj4, boolean latitudeFirst) {
        this.uri = uri;
        this.proj4 = proj4;
        this.latitudeFirst = latitudeFirst;
    }

    /** The URI clients name it by, as listed in the {@code crs} of a collection. */
    public String uri() {
        return uri;
    }

    /** Whether its first axis is latitude (EPSG:4326), so that coordinates are swapped. */
    public boolean latitudeFirst() {
        return latitudeFirst;
    }

    /** All offered, CRS84 first (the default, OGC 18-058 /req/crs/fc-md-crs-list). */
    public static List<Crs> offered() {
        return List.of(values());
    }

    /** The URIs of all offered CRS. */
    public static List<String> uris() {
        return offered().stream().map(Crs::uri).toList();
    }

    /** The CRS {@code uri} names (also in the safe-CURIE form {@code [EPSG:4326]}); 400 naming {@code parameter} when none. */
    public static Crs of(String uri, String parameter) {
        if (uri == null) {
            return CRS84;
        }
        String u = uri.trim();
        for (Crs c : values()) {
            String code = c.uri.substring(c.uri.indexOf("/crs/") + 5).replace("/1.3/", ":").replace("/0/", ":");
            if (c.uri.equals(u) || u.equalsIgnoreCase(code) || u.equalsIgnoreCase("[" + code + "]")) {
                return c;
            }
        }
        throw OgcApiException.invalidParameter(parameter, "the CRS '" + uri + "' is not offered; offered are " + uris());
    }

    /** The position {@code lon, lat} (CRS84) in this CRS's axes. */
    public double[] fromCrs84(double lon, double lat) {
        if (proj4 == null) {
            return latitudeFirst ? new double[] {lat, lon} : new double[] {lon, lat};
        }
        ProjCoordinate out = new ProjCoordinate();
        transform(WGS84, proj4).transform(new ProjCoordinate(lon, lat), out);
        return new double[] {out.x, out.y};
    }

    /** The position {@code a, b} given in this CRS's axes, as {@code lon, lat} (CRS84). */
    public double[] toCrs84(double a, double b) {
        if (proj4 == null) {
            return latitudeFirst ? new double[] {b, a} : new double[] {a, b};
        }
        ProjCoordinate out = new ProjCoordinate();
        transform(proj4, WGS84).transform(new ProjCoordinate(a, b), out);
        return new double[] {out.x, out.y};
    }

    private static CoordinateTransform transform(String from, String to) {
        CoordinateReferenceSystem s = FACTORY.createFromParameters(null, from);
        CoordinateReferenceSystem t = FACTORY.createFromParameters(null, to);
        return new CoordinateTransformFactory().createTransform(s, t);
    }
}
