package eu.emso.dmp.server.sta.core;

import eu.emso.dmp.server.sta.StaConformance;
import java.util.List;

/** Requirement classes of the Sensing profile read side (OGC 18-088, A.1 to A.3). */
public final class SensingCore implements StaConformance {
    private static final String BASE = "http://www.opengis.net/spec/iot_sensing/1.1/req/";

    @Override
    public List<String> uris() {
        return List.of(BASE + "datamodel", BASE + "resource-path/resource-path-to-entities",
                BASE + "request-data");
    }
}
