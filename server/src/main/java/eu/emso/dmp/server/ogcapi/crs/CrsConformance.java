package eu.emso.dmp.server.ogcapi.crs;

import eu.emso.dmp.server.ogcapi.ConformanceClass;
import java.util.List;

/** OGC API - Features - Part 2 (OGC 18-058): Coordinate Reference Systems by Reference. */
public final class CrsConformance implements ConformanceClass {

    @Override
    public List<String> uris() {
        return List.of("http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs");
    }
}
