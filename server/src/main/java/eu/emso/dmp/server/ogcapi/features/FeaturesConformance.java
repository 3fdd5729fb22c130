package eu.emso.dmp.server.ogcapi.features;

import eu.emso.dmp.server.ogcapi.ConformanceClass;
import java.util.List;

/** OGC API - Features - Part 1 (OGC 17-069r4): Core, GeoJSON, HTML, OpenAPI 3.0. */
public final class FeaturesConformance implements ConformanceClass {
    private static final String BASE = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/";

    @Override
    public List<String> uris() {
        return List.of(BASE + "core", BASE + "geojson", BASE + "html", BASE + "oas30",
                "http://www.opengis.net/spec/ogcapi-common-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-common-2/1.0/conf/collections");
    }
}
