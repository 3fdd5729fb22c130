package eu.emso.dmp.server.sta.dataarray;

import static eu.emso.dmp.server.sta.batch.SharedTestServer.json;
import static eu.emso.dmp.server.sta.batch.SharedTestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.server.sta.batch.SharedTestServer;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code $resultFormat=dataArray} on Observations (OGC 18-088, 13). */
@ExtendWith(SharedTestServer.Extension.class)
class DataArrayFormatTest {
    private static SharedTestServer server;
    private static long first;
    private static long second;

    @BeforeAll
    static void setUp(SharedTestServer s) throws Exception {
        server = s;
        first = s.datastream(unique("fmt-a"), 1.75, 41.18);
        second = s.datastream(unique("fmt-b"), 1.75, 41.18);
        HttpResponse<String> r = s.post("CreateObservations", """
                [{"Datastream": {"@iot.id": %d}, "components": ["phenomenonTime", "result"],
                  "dataArray": [["2024-04-01T00:00:00Z", 10.5], ["2024-04-01T00:00:10Z", 11.5],
                                ["2024-04-01T00:00:20Z", 12.5]]},
                 {"Datastream": {"@iot.id": %d}, "components": ["phenomenonTime", "result"],
                  "dataArray": [["2024-04-01T00:00:00Z", "clear"]]}]
                """.formatted(first, second));
        assertThat(r.statusCode()).isEqualTo(201);
    }

    private static JsonNode dataArray(String path) throws Exception {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r);
    }

    @Test
    void groupsObservationsByDatastreamWithAllPropertiesAsDefaultComponents() throws Exception {
        JsonNode doc = dataArray("Datastreams(" + first + ")/Observations?$resultFormat=dataArray&$orderby=phenomenonTime");
        JsonNode group = doc.get("value").get(0);
        assertThat(doc.get("value")).hasSize(1);
        assertThat(group.get("Datastream@iot.navigationLink").asText())
                .isEqualTo(server.root("v1.1") + "/Datastreams(" + first + ")");
        List<String> components = new ArrayList<>();
        group.get("components").forEach(c -> components.add(c.asText()));
        assertThat(components).startsWith("id").contains("phenomenonTime", "result", "resultTime");
        assertThat(group.get("dataArray@iot.count").asInt()).isEqualTo(3);
        JsonNode row = group.get("dataArray").get(0);
        assertThat(row).hasSize(components.size());
        assertThat(row.get(components.indexOf("result")).decimalValue()).isEqualByComparingTo("10.5");
        assertThat(row.get(components.indexOf("phenomenonTime")).asText()).isEqualTo("2024-04-01T00:00:00Z");
    }

    @Test
    void selectedPropertiesAreTheComponentsInSelectOrder() throws Exception {
        JsonNode group = dataArray("Datastreams(" + first + ")/Observations?$resultFormat=dataArray"
                + "&$select=result,phenomenonTime&$orderby=phenomenonTime").get("value").get(0);
        assertThat(group.get("components").toString()).isEqualTo("[\"result\",\"phenomenonTime\"]");
        assertThat(group.get("dataArray").get(2).get(0).decimalValue()).isEqualByComparingTo("12.5");
        assertThat(group.get("dataArray").get(2).get(1).asText()).isEqualTo("2024-04-01T00:00:20Z");
    }

    @Test
    void observationsOfSeveralDatastreamsMakeOneGroupEach() throws Exception {
        JsonNode value = dataArray("Observations?$resultFormat=dataArray&$select=result&$filter=Datastream/id%20eq%20"
                + first + "%20or%20Datastream/id%20eq%20" + second).get("value");
        assertThat(value).hasSize(2);
        int total = value.get(0).get("dataArray@iot.count").asInt() + value.get(1).get("dataArray@iot.count").asInt();
        assertThat(total).isEqualTo(4);
        assertThat(value.toString()).contains("\"clear\"");
    }

    @Test
    void observationsOfAMultiDatastreamNameTheirMultiDatastream() throws Exception {
        long thing = json(server.get("Datastreams(" + first + ")/Thing")).get("@iot.id").asLong();
        HttpResponse<String> made = server.post("MultiDatastreams", """
                {"name": "wind", "description": "speed and direction", "Thing": {"@iot.id": %d},
                 "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_ComplexObservation",
                 "unitOfMeasurements": [{"name": "m/s"}, {"name": "degree"}],
                 "multiObservationDataTypes": [
                   "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
                   "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement"],
                 "Sensor": {"name": "anemometer", "description": "a", "encodingType": "text/html", "metadata": "m"},
                 "ObservedProperties": [{"name": "speed", "definition": "s", "description": "s"},
                                        {"name": "direction", "definition": "d", "description": "d"}]}
                """.formatted(thing));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        long multi = json(made).get("@iot.id").asLong();
        assertThat(server.post("MultiDatastreams(" + multi + ")/Observations",
                "{\"phenomenonTime\": \"2024-04-02T00:00:00Z\", \"result\": [3.5, 270]}").statusCode()).isEqualTo(201);
        JsonNode group = dataArray("MultiDatastreams(" + multi + ")/Observations?$resultFormat=dataArray&$select=result")
                .get("value").get(0);
        assertThat(group.get("MultiDatastream@iot.navigationLink").asText())
                .isEqualTo(server.root("v1.1") + "/MultiDatastreams(" + multi + ")");
        assertThat(group.has("Datastream@iot.navigationLink")).isFalse();
        assertThat(group.get("dataArray").get(0).get(0).toString()).isEqualTo("[3.5,270]");
    }

    @Test
    void theNextLinkKeepsTheResultFormat() throws Exception {
        JsonNode page = dataArray("Datastreams(" + first + ")/Observations?$resultFormat=dataArray&$top=2"
                + "&$orderby=phenomenonTime");
        assertThat(page.get("value").get(0).get("dataArray@iot.count").asInt()).isEqualTo(2);
        String next = page.get("@iot.nextLink").asText();
        assertThat(next).contains("$resultFormat=dataArray");
        String relative = URI.create(next).getRawPath().replaceFirst("^/v1\\.1/", "") + "?" + URI.create(next).getRawQuery();
        JsonNode rest = dataArray(relative);
        assertThat(rest.get("value").get(0).get("dataArray@iot.count").asInt()).isEqualTo(1);
        assertThat(rest.has("@iot.nextLink")).isFalse();
    }

    @Test
    void dataArrayOfOtherCollectionsOrOfOneEntityAndUnknownFormatsAre400() throws Exception {
        for (String path : List.of("Things?$resultFormat=dataArray", "Datastreams(" + first + ")?$resultFormat=dataArray",
                "Observations?$resultFormat=xml")) {
            HttpResponse<String> r = server.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(json(r).get("message").asText()).contains("$resultFormat");
        }
    }
}
