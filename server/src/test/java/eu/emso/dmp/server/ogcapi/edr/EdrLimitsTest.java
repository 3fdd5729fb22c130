package eu.emso.dmp.server.ogcapi.edr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.ogcapi.OgcApiSettings;
import eu.emso.dmp.server.ogcapi.features.FeaturesSettings;
import eu.emso.dmp.server.testing.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Announced limits: an EDR query selecting more values than {@code ogcapi.edr.values.max}
 * answers 413 with an exception document before anything is written; a limit above
 * {@code ogcapi.limit.max} is lowered to it, and /api announces both.
 */
class EdrLimitsTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(null, new OgcApiSettings(new FeaturesSettings(1, 2), 10));
        StringBuilder obs = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            obs.append(i == 0 ? "" : ",").append("{\"phenomenonTime\":\"2020-01-01T00:0").append(i % 10).append(":")
                    .append(i < 10 ? "00" : "30").append("Z\",\"result\":").append(i).append('}');
        }
        for (String name : new String[] {"a", "b", "c"}) {
            server.send("POST", "/v1.1/Things", "{\"name\":\"" + name + "\",\"description\":\"d\",\"Locations\":[{\"name\":\"l\","
                    + "\"description\":\"d\",\"encodingType\":\"application/geo+json\",\"location\":{\"type\":\"Point\","
                    + "\"coordinates\":[1,2]}}],\"Datastreams\":[{\"name\":\"ds\",\"description\":\"d\",\"observationType\":"
                    + "\"m\",\"unitOfMeasurement\":{},\"Sensor\":{\"name\":\"s\",\"description\":\"d\",\"encodingType\":\"e\","
                    + "\"metadata\":\"m\"},\"ObservedProperty\":{\"name\":\"TEMP\",\"definition\":\"d\",\"description\":\"d\"},"
                    + "\"Observations\":[" + obs + "]}]}");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @DisplayName("more values than ogcapi.edr.values.max: 413 naming the count and the limit")
    void tooManyValues() throws Exception {
        HttpResponse<String> r = server.get("/ogcapi/collections/platforms/position?coords=POINT(1%202)");
        assertThat(r.statusCode()).isEqualTo(413);
        JsonNode e = Json.mapper().readTree(r.body());
        assertThat(e.path("description").asText()).contains("33").contains("10");
        HttpResponse<String> ok = server.get("/ogcapi/collections/platforms/position?coords=POINT(1%202)"
                + "&datetime=2020-01-01T00:00:00Z/2020-01-01T00:01:00Z");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    }

    @Test
    @DisplayName("/req/core/fc-limit-response-1: a limit above the maximum is lowered to it; default applies without")
    void limits() throws Exception {
        JsonNode page = Json.mapper().readTree(server.get("/ogcapi/collections/things/items?limit=50").body());
        assertThat(page.path("features").size()).isEqualTo(2);
        JsonNode dflt = Json.mapper().readTree(server.get("/ogcapi/collections/things/items").body());
        assertThat(dflt.path("features").size()).isEqualTo(1);
        assertThat(server.get("/ogcapi/api").body()).contains("\"maximum\":2").contains("at most 10 values");
    }
}
