package eu.emso.dmp.server.sta.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Service root (OGC 18-088, 9.2.1), self links and the differences between 1.0 and 1.1. */
class ServiceRootAndLinksTest {
    private static final String SENSOR = "{\"name\":\"s\",\"description\":\"d\",\"encodingType\":\"e\","
            + "\"metadata\":\"m\",\"properties\":{\"serial\":\"37-14998\"}}";

    @Test
    void serviceRootListsEntitySetsAndComputedConformance() throws Exception {
        try (TestServer s = TestServer.start(null)) {
            JsonNode root = json(s.get("/v1.1"));
            List<String> names = new ArrayList<>();
            root.get("value").forEach(v -> names.add(v.get("name").asText()));
            assertThat(names).containsExactly("Things", "Locations", "HistoricalLocations", "Sensors",
                    "ObservedProperties", "Datastreams", "MultiDatastreams", "FeaturesOfInterest", "Observations");
            assertThat(root.at("/value/0/url").asText()).isEqualTo(s.url() + "/v1.1/Things");
            assertThat(root.at("/serverSettings/conformance").toString())
                    .contains("http://www.opengis.net/spec/iot_sensing/1.1/req/request-data")
                    .contains("http://www.opengis.net/spec/iot_sensing/1.1/req/create-update-delete");
            assertThat(json(s.get("/v1.0")).has("serverSettings")).isFalse();
        }
    }

    @Test
    void selfLinksUseTheConfiguredBaseUrlExactly() throws Exception {
        try (TestServer s = TestServer.start("https://dmp.example.org/sta/")) {
            HttpResponse<String> created = s.send("POST", "/v1.1/Sensors", SENSOR);
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(created.headers().firstValue("Location")).hasValue("https://dmp.example.org/sta/v1.1/Sensors(1)");
            JsonNode e = json(s.get("/v1.0/Sensors(1)"));
            assertThat(e.get("@iot.selfLink").asText()).isEqualTo("https://dmp.example.org/sta/v1.0/Sensors(1)");
            assertThat(e.get("Datastreams@iot.navigationLink").asText())
                    .isEqualTo("https://dmp.example.org/sta/v1.0/Sensors(1)/Datastreams");
        }
    }

    @Test
    void selfLinksFollowTheRequestWithoutBaseUrl() throws Exception {
        try (TestServer s = TestServer.start(null)) {
            s.send("POST", "/v1.1/Sensors", SENSOR);
            assertThat(json(s.get("/v1.1/Sensors")).at("/value/0/@iot.selfLink").asText())
                    .isEqualTo(s.url() + "/v1.1/Sensors(1)");
        }
    }

    @Test
    void propertiesOfSensorsExistOnlyInVersion11() throws Exception {
        try (TestServer s = TestServer.start(null)) {
            s.send("POST", "/v1.1/Sensors", SENSOR);
            assertThat(json(s.get("/v1.1/Sensors(1)")).at("/properties/serial").asText()).isEqualTo("37-14998");
            assertThat(json(s.get("/v1.0/Sensors(1)")).has("properties")).isFalse();
            assertThat(s.get("/v1.0/Sensors(1)/properties").statusCode()).isEqualTo(404);
            assertThat(s.get("/v1.0/Sensors?$select=properties").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void healthIsUpOnceReady() {
        try (TestServer s = TestServer.start(null)) {
            HttpResponse<String> h = s.get("/health");
            assertThat(h.statusCode()).isEqualTo(200);
            assertThat(h.body()).contains("UP");
        }
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }
}
