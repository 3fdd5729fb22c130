package eu.emso.dmp.server.ogcapi.features;

import static eu.emso.dmp.server.ogcapi.OgcApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.server.ogcapi.OgcApiServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * OGC 17-069r4 /req/core/rc-md-extent (recommendation /rec/core/rc-md-extent): each feature
 * collection's extent is computed from what the store holds, the bounding box of its geometries
 * and the interval of its times, not a fixed whole-world box.
 */
class ExtentTest {

    @Test
    @DisplayName("things: the bbox of the platforms' Locations, the interval of their Datastreams")
    void platforms() {
        JsonNode e = json("/collections/things").path("extent");
        assertThat(box(e)).containsExactly(-32.278, 37.289, 9.127, 43.789);
        assertThat(e.path("spatial").path("crs").asText()).isEqualTo("http://www.opengis.net/def/crs/OGC/1.3/CRS84");
        JsonNode interval = e.path("temporal").path("interval").get(0);
        assertThat(interval.get(0).asText()).isEqualTo("2014-02-01T00:00:00Z");
        assertThat(interval.get(1).asText()).isEqualTo("2025-07-28T23:00:00Z");
    }

    @Test
    @DisplayName("datastreams: the interval of their phenomenon times; features: a bbox and no temporal extent")
    void datastreamsAndFeatures() {
        JsonNode ds = json("/collections/datastreams").path("extent");
        assertThat(ds.path("temporal").path("interval").get(0).get(0).asText()).isEqualTo("2014-02-01T00:00:00Z");
        JsonNode features = json("/collections/features").path("extent");
        double[] b = box(features);
        assertThat(b[0]).isGreaterThanOrEqualTo(-32.278);
        assertThat(b[2]).isLessThanOrEqualTo(9.127);
        assertThat(b[0]).isLessThanOrEqualTo(b[2]);
        assertThat(features.has("temporal")).isFalse();
        assertThat(json("/collections").path("collections").get(0).path("extent").path("spatial").path("bbox").get(0)
                .get(0).asDouble()).as("the list of collections carries the same extents").isEqualTo(-32.278);
    }

    private static double[] box(JsonNode extent) {
        JsonNode b = extent.path("spatial").path("bbox").get(0);
        double[] out = new double[b.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.get(i).asDouble();
        }
        return out;
    }
}
