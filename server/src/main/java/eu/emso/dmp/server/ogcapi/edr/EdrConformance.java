package eu.emso.dmp.server.ogcapi.edr;

import eu.emso.dmp.server.ogcapi.ConformanceClass;
import java.util.List;

/** OGC API - EDR 1.1 (OGC 19-086r6): Core, Collections, JSON, HTML, OpenAPI 3.0, CoverageJSON, GeoJSON. */
public final class EdrConformance implements ConformanceClass {
    private static final String BASE = "http://www.opengis.net/spec/ogcapi-edr-1/1.1/conf/";

    @Override
    public List<String> uris() {
        return List.of(BASE + "core", BASE + "collections", BASE + "json", BASE + "html", BASE + "oas30",
                BASE + "covjson", BASE + "geojson", BASE + "queries");
    }
}
