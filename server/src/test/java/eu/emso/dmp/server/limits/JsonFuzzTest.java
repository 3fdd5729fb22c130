package eu.emso.dmp.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based fuzzing of the JSON entity readers over HTTP: random damage to well-formed
 * entity, dataArray and batch bodies is either stored or answered 4xx with a JSON error body,
 * never 5xx.
 */
class JsonFuzzTest {
    private static final String DATASTREAM = "{\"name\":\"CTD\",\"description\":\"d\",\"observationType\":"
            + "\"http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement\",\"unitOfMeasurement\":"
            + "{\"name\":\"degree Celsius\",\"symbol\":\"degC\",\"definition\":\"u\"},\"Sensor\":{\"name\":\"SBE37\","
            + "\"description\":\"s\",\"encodingType\":\"text/plain\",\"metadata\":\"m\"},\"ObservedProperty\":"
            + "{\"name\":\"TEMP\",\"definition\":\"p\",\"description\":\"p\"}}";
    private static final List<String> THINGS = List.of("{\"name\":\"OBSEA\",\"description\":\"node\",\"properties\":"
            + "{\"depth\":20.5,\"tags\":[\"a\",1,true,null]},\"Locations\":[{\"name\":\"here\",\"description\":\"l\","
            + "\"encodingType\":\"application/geo+json\",\"location\":{\"type\":\"Point\",\"coordinates\":[1.75,41.18]}}],"
            + "\"Datastreams\":[" + DATASTREAM + "]}");
    private static final List<String> OBSERVATIONS = List.of("{\"phenomenonTime\":\"2026-01-01T00:00:00Z\",\"result\":13.5,"
            + "\"resultTime\":\"2026-01-01T00:00:01Z\",\"parameters\":{\"depth\":2}}", "{\"phenomenonTime\":"
            + "\"2026-01-01T00:00:00Z/2026-01-01T01:00:00Z\",\"result\":{\"a\":[1,2]},\"validTime\":\"2026-01-01T00:00:00Z/2026-02-01T00:00:00Z\"}");
    private static final List<String> ARRAYS = List.of("[{\"Datastream\":{\"@iot.id\":1},\"components\":[\"phenomenonTime\","
            + "\"result\",\"resultTime\"],\"dataArray\":[[\"2026-01-02T00:00:00Z\",1.5,null],[\"2026-01-02T00:01:00Z\",2,"
            + "\"2026-01-02T00:01:01Z\"]]}]");
    private static final List<String> BATCHES = List.of("{\"requests\":[{\"id\":\"t\",\"atomicityGroup\":\"g\",\"method\":"
            + "\"post\",\"url\":\"Things\",\"body\":{\"name\":\"a\",\"description\":\"b\"}},{\"id\":\"d\",\"atomicityGroup\":"
            + "\"g\",\"method\":\"patch\",\"url\":\"$t\",\"body\":{\"name\":\"c\"}},{\"id\":\"r\",\"method\":\"get\","
            + "\"url\":\"Things?$top=1\"}]}");
    private static TestServer server;

    @BeforeContainer
    static void start() {
        server = TestServer.start(null);
        if (server.send("POST", "/v1.1/Things", THINGS.get(0)).statusCode() != 201) {
            throw new IllegalStateException("cannot create the fuzzing fixture");
        }
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Provide
    Arbitrary<String> things() {
        return Mutations.of(THINGS);
    }

    @Provide
    Arbitrary<String> observations() {
        return Mutations.of(OBSERVATIONS);
    }

    @Provide
    Arbitrary<String> arrays() {
        return Mutations.of(ARRAYS);
    }

    @Provide
    Arbitrary<String> batches() {
        return Mutations.of(BATCHES);
    }

    private static void assertNo5xx(String path, String body) {
        HttpResponse<String> r = server.send("POST", path, body);
        assertThat(r.statusCode()).as(body + " -> " + r.body()).isLessThan(500);
        if (r.statusCode() >= 400) {
            assertThat(r.body()).as(body).contains("\"code\":" + r.statusCode(), "\"message\"");
        }
    }

    @Property(tries = 400)
    void aDamagedThingIsStoredOrRefused4xx(@ForAll("things") String body) {
        assertNo5xx("/v1.1/Things", body);
    }

    @Property(tries = 400)
    void aDamagedObservationIsStoredOrRefused4xx(@ForAll("observations") String body) {
        assertNo5xx("/v1.1/Datastreams(1)/Observations", body);
    }

    @Property(tries = 300)
    void aDamagedDataArrayIsStoredOrRefused4xx(@ForAll("arrays") String body) {
        assertNo5xx("/v1.1/CreateObservations", body);
    }

    @Property(tries = 300)
    void aDamagedBatchIsCarriedOutOrRefused4xx(@ForAll("batches") String body) {
        assertNo5xx("/v1.1/$batch", body);
    }
}
