package eu.emso.dmp.server.sta.batch;

import eu.emso.dmp.server.sta.StaConformance;
import java.util.List;

/** The batch-request requirement class (OGC 18-088, 11). Immutable; thread-safe. */
public final class BatchConformance implements StaConformance {

    @Override
    public List<String> uris() {
        return List.of("http://www.opengis.net/spec/iot_sensing/1.1/req/batch-request/batch-request");
    }
}
