package eu.emso.dmp.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A writer restricted to one Thing ({@code dmp user add ... --thing ID}) writes there and nowhere else. */
class RestrictedWriterTest {
    private static final String ADMIN = Http.basic("admin", "admin-password");
    private static final String LOGGER = Http.basic("logger", "logger-password");
    private static TestServer server;
    private static Http http;
    private static long[] own;
    private static long[] other;

    @BeforeAll
    static void start() {
        server = TestServer.withAuth(AuthSettings.defaults());
        server.server().accounts().addUser("admin", Role.ADMIN, List.of(), "admin-password");
        http = new Http(server.url());
        own = http.thingWithDatastream("own", ADMIN);
        other = http.thingWithDatastream("other", ADMIN);
        server.server().accounts().addUser("logger", Role.WRITER, List.of(own[0]), "logger-password");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String observation(String time) {
        return "{\"phenomenonTime\":\"" + time + "\",\"result\":1.5}";
    }

    @Test
    void writesObservationsToItsThingsDatastreams() {
        assertThat(http.post("Datastreams(" + own[1] + ")/Observations", observation("2024-01-01T00:00:00Z"), LOGGER)
                .statusCode()).isEqualTo(201);
        assertThat(http.post("Observations", "{\"phenomenonTime\":\"2024-01-01T00:00:01Z\",\"result\":2,"
                + "\"Datastream\":{\"@iot.id\":" + own[1] + "}}", LOGGER).statusCode()).isEqualTo(201);
        assertThat(http.post("CreateObservations", "[{\"Datastream\":{\"@iot.id\":" + own[1] + "},\"components\":"
                + "[\"phenomenonTime\",\"result\"],\"dataArray\":[[\"2024-01-01T00:00:02Z\",3]]}]", LOGGER)
                .statusCode()).isEqualTo(201);
    }

    @Test
    void isRefusedOnAnotherThingsDatastreamAndNothingIsStored() {
        long before = http.count("Datastreams(" + other[1] + ")/Observations");
        HttpResponse<String> r = http.post("Datastreams(" + other[1] + ")/Observations",
                observation("2024-01-02T00:00:00Z"), LOGGER);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(Http.json(r).path("message").asText()).contains("may write only to the Things [" + own[0] + "]");
        assertThat(http.post("Observations", "{\"phenomenonTime\":\"2024-01-02T00:00:01Z\",\"result\":2,"
                + "\"Datastream\":{\"@iot.id\":" + other[1] + "}}", LOGGER).statusCode()).isEqualTo(403);
        assertThat(http.post("CreateObservations", "[{\"Datastream\":{\"@iot.id\":" + own[1] + "},\"components\":"
                + "[\"phenomenonTime\",\"result\"],\"dataArray\":[[\"2024-01-02T00:00:02Z\",3]]},"
                + "{\"Datastream\":{\"@iot.id\":" + other[1] + "},\"components\":[\"phenomenonTime\",\"result\"],"
                + "\"dataArray\":[[\"2024-01-02T00:00:02Z\",3]]}]", LOGGER).statusCode()).isEqualTo(403);
        assertThat(http.count("Datastreams(" + other[1] + ")/Observations")).isEqualTo(before);
        assertThat(http.count("Observations?$filter=phenomenonTime%20ge%202024-01-02T00:00:00Z")).isZero();
    }

    @Test
    void mayChangeItsThingButNotCreateOrChangeOthers() {
        assertThat(http.send("PATCH", "/v1.1/Things(" + own[0] + ")", "application/json",
                "{\"description\":\"moved\"}", "Authorization: " + LOGGER).statusCode()).isEqualTo(200);
        assertThat(http.send("PATCH", "/v1.1/Things(" + other[0] + ")", "application/json",
                "{\"description\":\"moved\"}", "Authorization: " + LOGGER).statusCode()).isEqualTo(403);
        assertThat(http.post("Things", "{\"name\":\"new\",\"description\":\"d\"}", LOGGER).statusCode()).isEqualTo(403);
    }
}
