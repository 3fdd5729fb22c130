package eu.emso.dmp.server.sta.dataarray;

import eu.emso.dmp.server.sta.StaConformance;
import java.util.List;

/**
 * The data-array requirement class (OGC 18-088, 13): the dataArray result format and
 * CreateObservations. Immutable; thread-safe.
 */
public final class DataArrayConformance implements StaConformance {

    @Override
    public List<String> uris() {
        return List.of("http://www.opengis.net/spec/iot_sensing/1.1/req/data-array/data-array");
    }
}
