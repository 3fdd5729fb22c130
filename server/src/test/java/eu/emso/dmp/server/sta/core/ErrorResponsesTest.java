package eu.emso.dmp.server.sta.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input never crashes and never vanishes: every malformed path, query option or body gets a
 * 4xx answer with a JSON body that names the problem, never a 500.
 */
class ErrorResponsesTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(null);
        server.send("POST", "/v1.1/Things", "{\"name\":\"t\",\"description\":\"d\",\"Locations\":[{\"name\":\"l\","
                + "\"description\":\"d\",\"encodingType\":\"application/geo+json\",\"location\":{\"type\":\"Point\","
                + "\"coordinates\":[1,2]}}],\"Datastreams\":[{\"name\":\"ds\",\"description\":\"d\",\"observationType\":"
                + "\"m\",\"unitOfMeasurement\":{},\"Sensor\":{\"name\":\"s\",\"description\":\"d\",\"encodingType\":\"e\","
                + "\"metadata\":\"m\"},\"ObservedProperty\":{\"name\":\"TEMP\",\"definition\":\"d\",\"description\":\"d\"},"
                + "\"Observations\":[{\"phenomenonTime\":\"2020-01-01T00:00:00Z\",\"result\":1}]}]}");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<String> badReads() {
        return List.of(
                "/v1.1/Thingz", "/v1.1/Things(x)", "/v1.1/Things(1)/Foo", "/v1.1/Things(1)/name/extra",
                "/v1.1/Things(999)", "/v1.1/Things(999)/Datastreams", "/v1.1/Datastreams(1)/Thing(1)",
                "/v1.1/Things?$filter=name%20eq", "/v1.1/Things?$filter=name%20gt%205",
                "/v1.1/Things?$filter=nosuch%20eq%201", "/v1.1/Things?$filter=substring(name,'a')%20eq%20'x'",
                "/v1.1/Things?$filter=unknownfn(name)", "/v1.1/Things?$top=-1", "/v1.1/Things?$top=abc",
                "/v1.1/Things?$skip=99999999999999999999", "/v1.1/Things?$count=maybe", "/v1.1/Things?$foo=1",
                "/v1.1/Things?$expand=Nothing", "/v1.1/Things?$expand=Datastreams($top=x)",
                "/v1.1/Things?$select=nothing", "/v1.1/Things?$orderby=Datastreams/name",
                "/v1.1/Observations?$filter=result%20div%200%20eq%201%20and%20st_relate(Datastream/observedArea,"
                        + "geography'POINT(1%202)','xyz')",
                "/v1.1/Locations?$filter=geo.intersects(location,geography'POLYGON((1%201,2%202))')",
                "/v1.1/Things?$skiptoken=notatoken", "/v1.1/Things?$filter=id%20add%209223372036854775807%20gt%200",
                "/v1.2/Things", "/nowhere");
    }

    @ParameterizedTest
    @MethodSource("badReads")
    @DisplayName("malformed or unknown reads answer 4xx with a JSON error naming the problem")
    void badReadsAreClientErrors(String path) throws Exception {
        HttpResponse<String> r = server.get(path);
        assertClientError(r);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "POST|/v1.1/Things|{\"name\":\"x\"}",
        "POST|/v1.1/Things|{\"name\":\"x\",\"description\":5}",
        "POST|/v1.1/Things|{\"name\":\"x\",",
        "POST|/v1.1/Things|[1,2]",
        "POST|/v1.1/Things|{\"name\":\"x\",\"description\":\"d\",\"colour\":\"red\"}",
        "POST|/v1.1/Things|{\"name\":\"x\",\"description\":\"d\",\"Locations\":[{\"@iot.id\":4242}]}",
        "POST|/v1.1/Things|{\"name\":\"x\",\"description\":\"d\",\"Locations\":{}}",
        "POST|/v1.1/Locations|{\"name\":\"l\",\"description\":\"d\",\"encodingType\":\"application/geo+json\",\"location\":{\"type\":\"Point\",\"coordinates\":[1]}}",
        "POST|/v1.1/Observations|{\"result\":1}",
        "POST|/v1.1/Datastreams(1)/Observations|{\"phenomenonTime\":\"yesterday\",\"result\":1}",
        "POST|/v1.1/Datastreams(1)/Observations|{\"phenomenonTime\":\"2020-01-02T00:00:00Z/2020-01-01T00:00:00Z\",\"result\":1}",
        "POST|/v1.1/Datastreams(1)/Observations|{\"phenomenonTime\":\"2020-01-01T00:00:00Z\",\"result\":2}",
        "POST|/v1.1/Datastreams(999)/Observations|{\"result\":1}",
        "POST|/v1.1/Things(1)|{\"name\":\"x\",\"description\":\"d\"}",
        "POST|/v1.1/Things(1)/Locations/$ref|{\"@iot.selfLink\":\"http://x/v1.1/Things(1)\"}",
        "PATCH|/v1.1/Things|{\"name\":\"x\"}",
        "PATCH|/v1.1/Things(999)|{\"name\":\"x\"}",
        "PATCH|/v1.1/Things(1)|{\"name\":null}",
        "PATCH|/v1.1/Datastreams(1)|{\"Thing\":{\"@iot.id\":999}}",
        "PUT|/v1.1/Things(1)|{\"name\":\"only\"}",
        "DELETE|/v1.1/Things|",
        "DELETE|/v1.1/Things(999)|",
        "DELETE|/v1.1/Datastreams(1)/Thing/$ref|",
        "POST|/v1.1/Things|"
    })
    @DisplayName("malformed writes answer 4xx with a JSON error, and change nothing")
    void badWritesAreClientErrors(String method, String path, String body) throws Exception {
        HttpResponse<String> r = server.send(method, path, body);
        assertClientError(r);
    }

    private static void assertClientError(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.uri() + " -> " + r.body()).isBetween(400, 499);
        JsonNode body = Json.mapper().readTree(r.body());
        assertThat(body.path("code").asInt()).isEqualTo(r.statusCode());
        assertThat(body.path("message").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("SQL");
    }
}
