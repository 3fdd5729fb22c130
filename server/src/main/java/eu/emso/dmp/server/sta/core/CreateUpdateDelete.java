package eu.emso.dmp.server.sta.core;

import eu.emso.dmp.server.sta.StaConformance;
import java.util.List;

/** The create-update-delete requirement class (OGC 18-088, A.4). */
public final class CreateUpdateDelete implements StaConformance {

    @Override
    public List<String> uris() {
        return List.of("http://www.opengis.net/spec/iot_sensing/1.1/req/create-update-delete");
    }
}
