package eu.emso.dmp.server.sta.dataarray;

import static eu.emso.dmp.server.sta.batch.SharedTestServer.json;
import static eu.emso.dmp.server.sta.batch.SharedTestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.store.Change;
import eu.emso.dmp.server.sta.batch.SharedTestServer;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST CreateObservations (OGC 18-088, 13): one self link or error per row, in order. */
@ExtendWith(SharedTestServer.Extension.class)
class CreateObservationsTest {
    private static SharedTestServer server;

    @BeforeAll
    static void setUp(SharedTestServer s) {
        server = s;
    }

    private static JsonNode create(String body) throws Exception {
        HttpResponse<String> r = server.post("CreateObservations", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r);
    }

    private static long featureOf(long datastream) throws Exception {
        return json(server.get("Datastreams(" + datastream + ")/Observations?$top=1&$expand=FeatureOfInterest"))
                .get("value").get(0).get("FeatureOfInterest").get("@iot.id").asLong();
    }

    @Test
    void serviceRootListsTheDataArrayConformanceClass() throws Exception {
        assertThat(json(server.get("")).path("serverSettings").path("conformance").toString())
                .contains("http://www.opengis.net/spec/iot_sensing/1.1/req/data-array/data-array");
    }

    @Test
    void createsOneObservationPerRowAndAnswersTheirSelfLinksInOrder() throws Exception {
        long ds = server.datastream(unique("da"), 1.75, 41.18);
        JsonNode links = create("""
                [{"Datastream": {"@iot.id": %d}, "components": ["phenomenonTime", "result"],
                  "dataArray": [["2024-02-01T10:00:00Z", 13.1436], ["2024-02-01T10:00:10Z", 13.1502]]}]
                """.formatted(ds));
        assertThat(links).hasSize(2);
        JsonNode first = json(server.get(links.get(0).asText().substring(server.root("v1.1").length() + 1)));
        assertThat(first.get("result").decimalValue()).isEqualByComparingTo("13.1436");
        assertThat(first.get("phenomenonTime").asText()).isEqualTo("2024-02-01T10:00:00Z");
        JsonNode second = json(server.get(links.get(1).asText().substring(server.root("v1.1").length() + 1)));
        assertThat(second.get("result").decimalValue()).isEqualByComparingTo("13.1502");
    }

    /** Times finer than the store's microseconds are cut, never a server error. */
    @Test
    void timesFinerThanMicrosecondsAreStoredToTheMicrosecond() throws Exception {
        long ds = server.datastream(unique("ns"), 1.75, 41.18);
        JsonNode links = create("""
                [{"Datastream": {"@iot.id": %d}, "components": ["phenomenonTime", "result"],
                  "dataArray": [["2024-02-01T10:00:00.1234567Z", 1.5]]}]
                """.formatted(ds));
        assertThat(links.get(0).asText()).contains("Observations(");
        HttpResponse<String> single = server.post("Observations", "{\"result\": 2.5, \"phenomenonTime\": "
                + "\"2024-02-01T10:00:01.9999999Z\", \"Datastream\": {\"@iot.id\": " + ds + "}}");
        assertThat(single.statusCode()).as(single.body()).isEqualTo(201);
        JsonNode stored = json(server.get("Datastreams(" + ds + ")/Observations?$orderby=result")).get("value");
        assertThat(stored.get(0).get("phenomenonTime").asText()).isEqualTo("2024-02-01T10:00:00.123456Z");
        assertThat(stored.get(1).get("phenomenonTime").asText()).isEqualTo("2024-02-01T10:00:01.999999Z");
    }

    /** OGC 18-088, 8.2.7: an Observation without phenomenonTime gets the current server time. */
    @Test
    void observationsWithoutPhenomenonTimeGetTheServerTime() throws Exception {
        long ds = server.datastream(unique("now"), 1.75, 41.18);
        Instant before = Instant.now().minusSeconds(1);
        JsonNode links = create("""
                [{"Datastream": {"@iot.id": %d}, "components": ["result"], "dataArray": [[7.5]]}]
                """.formatted(ds));
        HttpResponse<String> single = server.post("Observations",
                "{\"result\": 8.5, \"Datastream\": {\"@iot.id\": " + ds + "}}");
        assertThat(single.statusCode()).as(single.body()).isEqualTo(201);
        Instant after = Instant.now().plusSeconds(1);

        JsonNode stored = json(server.get("Datastreams(" + ds + ")/Observations?$orderby=result")).get("value");
        assertThat(links).hasSize(1);
        assertThat(links.get(0).asText()).contains("Observations(");
        assertThat(stored).hasSize(2);
        for (JsonNode o : stored) {
            assertThat(Instant.parse(o.get("phenomenonTime").asText())).isBetween(before, after);
        }
        assertThat(stored.get(0).get("result").asDouble()).isEqualTo(7.5);
        assertThat(stored.get(1).get("result").asDouble()).isEqualTo(8.5);
    }

    @Test
    void multiDatastreamRowsCarryOneValuePerObservedPropertyInTheirOrder() throws Exception {
        long ds = server.datastream(unique("md"), 1.75, 41.18);
        long thing = json(server.get("Datastreams(" + ds + ")/Thing")).get("@iot.id").asLong();
        long sensor = json(server.get("Datastreams(" + ds + ")/Sensor")).get("@iot.id").asLong();
        HttpResponse<String> md = server.post("MultiDatastreams", """
                {"name": "%s", "description": "ADCP bin 1",
                 "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_ComplexObservation",
                 "unitOfMeasurements": [{"name": "mm/s", "symbol": "mm/s", "definition": "u"},
                                        {"name": "mm/s", "symbol": "mm/s", "definition": "u"}],
                 "multiObservationDataTypes": ["OM_Measurement", "OM_Measurement"],
                 "Thing": {"@iot.id": %d}, "Sensor": {"@iot.id": %d},
                 "ObservedProperties": [{"name": "VCUR", "definition": "v", "description": "north"},
                                        {"name": "UCUR", "definition": "u", "description": "east"}]}
                """.formatted(unique("adcp"), thing, sensor));
        assertThat(md.statusCode()).as(md.body()).isEqualTo(201);
        long id = json(md).get("@iot.id").asLong();
        JsonNode links = create("""
                [{"MultiDatastream": {"@iot.id": %d}, "components": ["phenomenonTime", "result"],
                  "dataArray": [["2024-03-01T00:00:00Z", [120, -35]], ["2024-03-01T00:10:00Z", [118]]]}]
                """.formatted(id));
        assertThat(links.get(0).asText()).startsWith(server.root("v1.1") + "/Observations(");
        assertThat(links.get(1).asText()).startsWith("error").contains("array of 2 values");
        JsonNode stored = json(server.get("MultiDatastreams(" + id + ")/Observations"));
        assertThat(stored.get("value")).hasSize(1);
        assertThat(stored.at("/value/0/result").toString()).isEqualTo("[120,-35]");
    }

    @Test
    void featureOfInterestIdComponentLinksTheGivenFeature() throws Exception {
        long ds = server.datastream(unique("foi"), 1.75, 41.18);
        create("[{\"Datastream\": {\"@iot.id\": " + ds + "}, \"components\": [\"phenomenonTime\", \"result\"],"
                + " \"dataArray\": [[\"2024-02-02T00:00:00Z\", 1]]}]");
        long feature = featureOf(ds);
        long other = server.datastream(unique("foi2"), 3.0, 42.0);
        JsonNode links = create("""
                [{"Datastream": {"@iot.id": %d}, "components": ["result", "FeatureOfInterest/id", "phenomenonTime"],
                  "dataArray": [[7.5, %d, "2024-02-03T00:00:00Z"], [8.5, 987654321, "2024-02-03T00:01:00Z"]]}]
                """.formatted(other, feature));
        assertThat(links.get(0).asText()).startsWith(server.root("v1.1") + "/Observations(");
        assertThat(links.get(1).asText()).startsWith("error").contains("FeatureOfInterest");
        assertThat(featureOf(other)).isEqualTo(feature);
    }

    @Test
    void aResendAnswersTheStoredObservationAndAnotherResultAtTheSameTimeIsAnError() throws Exception {
        long ds = server.datastream(unique("dup"), 1.75, 41.18);
        String rows = "[[\"2024-02-04T00:00:00Z\", 20.5]]";
        String body = "[{\"Datastream\": {\"@iot.id\": " + ds + "}, \"components\": [\"phenomenonTime\", \"result\"],"
                + " \"dataArray\": " + rows + "}]";
        String first = create(body).get(0).asText();
        assertThat(create(body).get(0).asText()).isEqualTo(first);
        JsonNode conflict = create(body.replace("20.5", "21.5"));
        assertThat(conflict.get(0).asText()).startsWith("error").contains("different result");
        assertThat(json(server.get("Datastreams(" + ds + ")/Observations?$count=true")).get("@iot.count").asLong())
                .isEqualTo(1);
    }

    @Test
    void badRowsGetAnErrorEachWhileTheOtherRowsAreCreated() throws Exception {
        long ds = server.datastream(unique("rows"), 1.75, 41.18);
        JsonNode answers = create("""
                [{"Datastream": {"@iot.id": %d}, "components": ["phenomenonTime", "result"],
                  "dataArray": [["2024-02-05T00:00:00Z", 1], ["2024-02-05T00:01:00Z"], "not a row",
                                ["yesterday", 3], ["2024-02-05T00:04:00Z", 4, 5], ["2024-02-05T00:05:00Z", 6], null]},
                 {"Datastream": {"@iot.id": 987654321}, "components": ["result"], "dataArray": [[1]]}]
                """.formatted(ds));
        List<String> texts = IntStream.range(0, answers.size()).mapToObj(i -> answers.get(i).asText()).toList();
        assertThat(texts).hasSize(8);
        assertThat(texts.get(0)).startsWith(server.root("v1.1"));
        assertThat(texts.subList(1, 5)).allMatch(t -> t.startsWith("error"));
        assertThat(texts.get(1)).contains("1 values for 2 components");
        assertThat(texts.get(3)).contains("phenomenonTime");
        assertThat(texts.get(5)).startsWith(server.root("v1.1"));
        assertThat(texts.get(6)).startsWith("error").contains("row 6");
        assertThat(texts.get(7)).startsWith("error").contains("Datastream");
        assertThat(json(server.get("Datastreams(" + ds + ")/Observations?$count=true")).get("@iot.count").asLong())
                .isEqualTo(2);
    }

    @Test
    void twoThousandRowsAreAllCreatedInOneWriteOfTheDatastream() throws Exception {
        long ds = server.datastream(unique("bulk"), 1.75, 41.18);
        List<List<Change>> writes = new CopyOnWriteArrayList<>();
        server.server().entityStore().onChange(changes -> {
            if (changes.stream().anyMatch(c -> c.type() == EntityType.OBSERVATION)) {
                writes.add(changes);
            }
        });
        Instant start = Instant.parse("2024-03-01T00:00:00Z");
        String rows = IntStream.range(0, 2000)
                .mapToObj(i -> "[\"" + start.plusSeconds(10L * i) + "\", " + (13 + i / 1000.0) + "]")
                .collect(Collectors.joining(","));
        JsonNode links = create("[{\"Datastream\": {\"@iot.id\": " + ds + "}, \"components\": [\"phenomenonTime\", "
                + "\"result\"], \"dataArray\": [" + rows + "]}]");
        assertThat(links).hasSize(2000);
        assertThat(links).allMatch(l -> l.asText().startsWith(server.root("v1.1") + "/Observations("));
        assertThat(json(server.get("Datastreams(" + ds + ")/Observations?$count=true&$top=1")).get("@iot.count")
                .asLong()).isEqualTo(2000);
        assertThat(writes).hasSize(1);
        assertThat(writes.get(0)).hasSize(2000);
    }

    @Test
    void malformedBodiesAreRejectedWith400() throws Exception {
        String[] bodies = {
            "{}",
            "[5]",
            "[{\"components\": [\"result\"], \"dataArray\": []}]",
            "[{\"Datastream\": {\"@iot.id\": 1}, \"components\": [\"result\", \"colour\"], \"dataArray\": []}]",
            "[{\"Datastream\": {\"@iot.id\": 1}, \"components\": [\"phenomenonTime\"], \"dataArray\": []}]",
            "[{\"Datastream\": {\"@iot.id\": 1}, \"components\": [\"result\", \"result\"], \"dataArray\": []}]",
            "[{\"Datastream\": {\"@iot.id\": 1}, \"components\": [\"result\"], \"dataArray\": 3}]",
            "[{\"Datastream\": {\"@iot.id\": 1}, \"MultiDatastream\": {\"@iot.id\": 1}, \"components\": [\"result\"], \"dataArray\": []}]",
            "not json",
            "[{\"Datastream\": {\"@iot.id\": 1}, \"components\": [\"result\"], \"dataArray\": [[1]]}] [",
            "[{\"Datastream\": {\"@iot.id\": 1}, \"components\": [\"result\"], \"dataArray\": [[1], ",
            "[{\"dataArray\": [[1]], \"Datastream\": null, \"components\": [\"result\"]}]",
            ""
        };
        for (String body : bodies) {
            HttpResponse<String> r = server.post("CreateObservations", body);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            assertThat(json(r).get("message").asText()).as(body).isNotBlank();
        }
    }
}
