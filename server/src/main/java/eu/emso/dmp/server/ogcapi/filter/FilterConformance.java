package eu.emso.dmp.server.ogcapi.filter;

import eu.emso.dmp.server.ogcapi.ConformanceClass;
import java.util.List;

/** OGC API - Features - Part 3 (OGC 19-079) and the CQL2 classes (OGC 21-065) implemented. */
public final class FilterConformance implements ConformanceClass {
    private static final String PART3 = "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/";
    private static final String CQL2 = "http://www.opengis.net/spec/cql2/1.0/conf/";

    @Override
    public List<String> uris() {
        return List.of(PART3 + "queryables", PART3 + "queryables-query-parameters", PART3 + "filter",
                PART3 + "features-filter", CQL2 + "cql2-text", CQL2 + "cql2-json", CQL2 + "basic-cql2",
                CQL2 + "advanced-comparison-operators", CQL2 + "basic-spatial-functions",
                CQL2 + "spatial-functions", CQL2 + "temporal-functions");
    }
}
