package eu.emso.dmp.server.sta.batch;

import static eu.emso.dmp.server.sta.batch.SharedTestServer.json;
import static eu.emso.dmp.server.sta.batch.SharedTestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.store.Change;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The JSON batch format of SensorThings 1.1 (OGC 18-088, 11; OData 4.01 JSON Format, 19). */
@ExtendWith(SharedTestServer.Extension.class)
class JsonBatchTest {
    private static SharedTestServer server;
    private static long datastream;

    @BeforeAll
    static void setUp(SharedTestServer s) throws Exception {
        server = s;
        datastream = s.datastream(unique("batch"), 1.7527, 41.1819);
    }

    private static JsonNode batch(String requests) throws Exception {
        HttpResponse<String> r = server.post("$batch", "{\"requests\": " + requests + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r).get("responses");
    }

    private static long countThings(String name) throws Exception {
        String filter = URLEncoder.encode("name eq '" + name + "'", StandardCharsets.UTF_8).replace("+", "%20");
        return json(server.get("Things?$count=true&$filter=" + filter)).get("@iot.count").asLong();
    }

    @Test
    void serviceRootListsTheBatchRequestConformanceClass() throws Exception {
        JsonNode conformance = json(server.get("")).path("serverSettings").path("conformance");
        assertThat(conformance.toString())
                .contains("http://www.opengis.net/spec/iot_sensing/1.1/req/batch-request/batch-request");
    }

    @Test
    void answersEveryRequestInOrderWithItsIdStatusLocationAndBody() throws Exception {
        String name = unique("thing");
        JsonNode responses = batch("""
                [{"id": "read", "method": "get", "url": "Datastreams(%d)"},
                 {"id": "make", "method": "post", "url": "Things", "body": {"name": "%s", "description": "d"}}]
                """.formatted(datastream, name));
        assertThat(responses).hasSize(2);
        assertThat(responses.get(0).get("id").asText()).isEqualTo("read");
        assertThat(responses.get(0).get("status").asInt()).isEqualTo(200);
        assertThat(responses.get(0).get("body").get("@iot.id").asLong()).isEqualTo(datastream);
        JsonNode made = responses.get(1);
        assertThat(made.get("status").asInt()).isEqualTo(201);
        String location = made.get("headers").get("Location").asText();
        assertThat(location).startsWith(server.root("v1.1") + "/Things(");
        assertThat(made.get("body").get("name").asText()).isEqualTo(name);
        assertThat(countThings(name)).isEqualTo(1);
    }

    @Test
    void referencesNameEntitiesCreatedEarlierInUrlsAndBodies() throws Exception {
        String name = unique("ref");
        JsonNode responses = batch("""
                [{"id": "t1", "method": "post", "url": "Things", "body": {"name": "%1$s", "description": "d"}},
                 {"id": "ds1", "method": "post", "url": "Datastreams", "dependsOn": ["t1"], "body": {
                    "name": "%1$s", "description": "d", "unitOfMeasurement": {},
                    "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
                    "Thing": {"@iot.id": "$t1"},
                    "Sensor": {"name": "s", "description": "s", "encodingType": "text/html", "metadata": "m"},
                    "ObservedProperty": {"name": "p", "definition": "d", "description": "p"}}},
                 {"id": "loc", "method": "post", "url": "$t1/Locations", "body": {"name": "l", "description": "l",
                    "encodingType": "application/geo+json", "location": {"type": "Point", "coordinates": [2, 41]}}},
                 {"id": "obs", "method": "post", "url": "$ds1/Observations", "dependsOn": ["ds1", "loc"],
                  "body": {"phenomenonTime": "2024-03-01T00:00:00Z", "result": 13.5}}]
                """.formatted(name));
        assertThat(responses).extracting(r -> r.get("status").asInt()).containsExactly(201, 201, 201, 201);
        long thing = responses.get(0).get("body").get("@iot.id").asLong();
        long ds = responses.get(1).get("body").get("@iot.id").asLong();
        assertThat(json(server.get("Datastreams(" + ds + ")/Thing")).get("@iot.id").asLong()).isEqualTo(thing);
        JsonNode obs = json(server.get("Datastreams(" + ds + ")/Observations")).get("value");
        assertThat(obs).hasSize(1);
        assertThat(obs.get(0).get("result").decimalValue()).isEqualByComparingTo("13.5");
    }

    @Test
    void aFailingRequestOfAnAtomicityGroupRollsBackTheWholeGroup() throws Exception {
        String name = unique("atomic");
        List<Change> thingChanges = new CopyOnWriteArrayList<>();
        server.server().entityStore().onChange(changes -> changes.stream()
                .filter(c -> c.type() == EntityType.THING).forEach(thingChanges::add));
        JsonNode responses = batch("""
                [{"id": "a", "atomicityGroup": "g1", "method": "post", "url": "Things",
                  "body": {"name": "%1$s", "description": "first"}},
                 {"id": "b", "atomicityGroup": "g1", "method": "post", "url": "Things",
                  "body": {"description": "no name"}},
                 {"id": "c", "method": "post", "url": "Things", "body": {"name": "%1$s-after", "description": "d"}}]
                """.formatted(name));
        assertThat(responses.get(0).get("status").asInt()).isEqualTo(424);
        assertThat(responses.get(1).get("status").asInt()).isEqualTo(400);
        assertThat(responses.get(1).get("body").get("message").asText()).contains("name");
        assertThat(responses.get(2).get("status").asInt()).isEqualTo(201);
        assertThat(countThings(name)).isZero();
        assertThat(countThings(name + "-after")).isEqualTo(1);
        assertThat(thingChanges).as("change listeners hear nothing of a rolled-back group").hasSize(1);
    }

    @Test
    void aSuccessfulAtomicityGroupCommitsAllItsRequestsAndItsReferencesWork() throws Exception {
        String name = unique("group");
        JsonNode responses = batch("""
                [{"id": "t", "atomicityGroup": "g", "method": "post", "url": "Things",
                  "body": {"name": "%1$s", "description": "d"}},
                 {"id": "p", "atomicityGroup": "g", "method": "patch", "url": "$t",
                  "body": {"description": "patched"}},
                 {"id": "inside", "atomicityGroup": "g", "method": "get", "url": "$t"},
                 {"id": "r", "method": "get", "url": "$t", "dependsOn": ["g"]}]
                """.formatted(name));
        assertThat(responses).extracting(r -> r.get("status").asInt()).containsExactly(201, 200, 200, 200);
        assertThat(responses.get(2).get("body").get("description").asText())
                .as("reads inside the group see its own writes").isEqualTo("patched");
        assertThat(responses.get(3).get("body").get("description").asText()).isEqualTo("patched");
        assertThat(countThings(name)).isEqualTo(1);
    }

    @Test
    void requestsDependingOnAFailedRequestAreNotCarriedOut() throws Exception {
        String name = unique("dep");
        JsonNode responses = batch("""
                [{"id": "bad", "method": "post", "url": "Things", "body": {"name": 5}},
                 {"id": "next", "method": "post", "url": "Things", "dependsOn": ["bad"],
                  "body": {"name": "%s", "description": "d"}}]
                """.formatted(name));
        assertThat(responses.get(0).get("status").asInt()).isEqualTo(400);
        assertThat(responses.get(1).get("status").asInt()).isEqualTo(424);
        assertThat(responses.get(1).get("body").get("type").asText()).isEqualTo("error");
        assertThat(countThings(name)).isZero();
    }

    @Test
    void errorsAreReportedPerRequestWithAJsonErrorBody() throws Exception {
        JsonNode responses = batch("""
                [{"id": "missing", "method": "get", "url": "Things(987654321)"},
                 {"id": "badref", "method": "get", "url": "$nothing/Datastreams"},
                 {"id": "badquery", "method": "get", "url": "Things?$top=x"},
                 {"id": "fine", "method": "get", "url": "Datastreams(%d)?$select=name"}]
                """.formatted(datastream));
        assertThat(responses).extracting(r -> r.get("status").asInt()).containsExactly(404, 400, 400, 200);
        for (int i = 0; i < 3; i++) {
            assertThat(responses.get(i).get("body").get("code").asInt()).isEqualTo(responses.get(i).get("status").asInt());
            assertThat(responses.get(i).get("body").get("message").asText()).isNotBlank();
        }
        assertThat(responses.get(3).get("body").has("name")).isTrue();
    }

    @Test
    void absoluteUrlsAndAbsolutePathsAddressTheSameResources() throws Exception {
        JsonNode responses = batch("""
                [{"id": "abs", "method": "get", "url": "%s/Datastreams(%d)"},
                 {"id": "path", "method": "get", "url": "/v1.1/Datastreams(%d)"}]
                """.formatted(server.root("v1.1"), datastream, datastream));
        assertThat(responses).extracting(r -> r.get("body").get("@iot.id").asLong())
                .containsExactly(datastream, datastream);
    }

    @Test
    void malformedBatchesAreRejectedAsAWholeWith400() throws Exception {
        String[] bodies = {
            "",
            "not json",
            "{\"requests\": {}}",
            "[]",
            "{\"requests\": [{\"id\": \"a\", \"method\": \"get\"}]}",
            "{\"requests\": [{\"id\": \"a\", \"method\": \"fetch\", \"url\": \"Things\"}]}",
            "{\"requests\": [{\"id\": \"a\", \"method\": \"get\", \"url\": \"Things\"},"
                    + " {\"id\": \"a\", \"method\": \"get\", \"url\": \"Things\"}]}",
            "{\"requests\": [{\"id\": \"a\", \"method\": \"get\", \"url\": \"Things\", \"dependsOn\": [\"b\"]},"
                    + " {\"id\": \"b\", \"method\": \"get\", \"url\": \"Things\"}]}",
            "{\"requests\": [{\"id\": \"a\", \"atomicityGroup\": \"g\", \"method\": \"post\", \"url\": \"Things\"},"
                    + " {\"id\": \"b\", \"method\": \"get\", \"url\": \"Things\"},"
                    + " {\"id\": \"c\", \"atomicityGroup\": \"g\", \"method\": \"post\", \"url\": \"Things\"}]}"
        };
        for (String body : bodies) {
            HttpResponse<String> r = server.post("$batch", body);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            assertThat(json(r).get("type").asText()).isEqualTo("error");
        }
    }
}
