package eu.emso.dmp.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every write route of the server, from a table that must name each one the code has: refused
 * anonymously (401 with WWW-Authenticate and a JSON body), refused with a role too low (403),
 * nothing written either time, and allowed with the role it needs. A new write route that is not
 * in the table fails {@link #theTableNamesEveryWriteRoute}.
 */
class WriteRoutesTest {
    private static final String STA = "/{version: v1\\.[01]}";
    private static TestServer server;
    private static Http http;
    private static long datastream;
    /** The Things that PATCH, PUT and DELETE aim at. */
    private static final long[] targets = new long[3];
    private static int clock;

    /** One write route: how to make a request to it, and the role it needs. */
    record Route(Role needs, Supplier<Req> request) {
    }

    /** A request: method, path, media type and body. */
    record Req(String method, String path, String type, String body) {
    }

    private static final String SOS_INSERT = "<sos:InsertObservation service=\"SOS\" version=\"2.0.0\" "
            + "xmlns:sos=\"http://www.opengis.net/sos/2.0\" xmlns:om=\"http://www.opengis.net/om/2.0\" "
            + "xmlns:gml=\"http://www.opengis.net/gml/3.2\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><sos:offering>none</sos:offering>"
            + "<sos:observation><om:OM_Observation gml:id=\"o1\"><om:type xlink:href=\"http://www.opengis.net/def/"
            + "observationType/OGC-OM/2.0/OM_Measurement\"/><om:phenomenonTime><gml:TimeInstant gml:id=\"t1\">"
            + "<gml:timePosition>%s</gml:timePosition></gml:TimeInstant></om:phenomenonTime><om:resultTime "
            + "xlink:href=\"#t1\"/><om:procedure xlink:href=\"none\"/><om:observedProperty xlink:href=\"none\"/>"
            + "<om:featureOfInterest xlink:href=\"none\"/><om:result xsi:type=\"gml:MeasureType\" uom=\"degC\">1.5"
            + "</om:result></om:OM_Observation></sos:observation></sos:InsertObservation>";
    private static final Map<String, Route> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put("POST " + STA + "/{path: .+}", new Route(Role.WRITER, () -> new Req("POST", "/v1.1/Things",
                "application/json", "{\"name\":\"new\",\"description\":\"d\"}")));
        TABLE.put("PATCH " + STA + "/{path: .+}", new Route(Role.WRITER, () -> new Req("PATCH",
                "/v1.1/Things(" + targets[0] + ")", "application/json", "{\"description\":\"changed\"}")));
        TABLE.put("PUT " + STA + "/{path: .+}", new Route(Role.WRITER, () -> new Req("PUT",
                "/v1.1/Things(" + targets[1] + ")", "application/json", "{\"name\":\"put\",\"description\":\"d\"}")));
        TABLE.put("DELETE " + STA + "/{path: .+}", new Route(Role.WRITER, () -> new Req("DELETE",
                "/v1.1/Things(" + targets[2] + ")", null, null)));
        TABLE.put("POST " + STA + "/$batch", new Route(Role.WRITER, () -> new Req("POST", "/v1.1/$batch",
                "application/json", "{\"requests\":[{\"id\":\"1\",\"method\":\"post\",\"url\":\"Things\","
                + "\"body\":{\"name\":\"batch\",\"description\":\"d\"}}]}")));
        TABLE.put("POST " + STA + "/CreateObservations", new Route(Role.WRITER, () -> new Req("POST",
                "/v1.1/CreateObservations", "application/json", "[{\"Datastream\":{\"@iot.id\":" + datastream
                + "},\"components\":[\"phenomenonTime\",\"result\"],\"dataArray\":[[\"" + time() + "\",1.5]]}]")));
        TABLE.put("POST /ingest", new Route(Role.WRITER, () -> new Req("POST", "/ingest?format=sbe37-ascii&platform=obsea",
                "application/octet-stream", "not a line of SBE 37 data\n")));
        TABLE.put("POST /ingest/quarantine/replay", new Route(Role.ADMIN, () -> new Req("POST",
                "/ingest/quarantine/replay", null, null)));
        TABLE.put("POST /admin/federation", new Route(Role.ADMIN, () -> new Req("POST", "/admin/federation",
                "application/json", "{\"name\":\"routes\",\"kind\":\"sta\",\"source\":\"http://127.0.0.1:9/v1.1\"}")));
        TABLE.put("POST /admin/federation/{name}/run", new Route(Role.ADMIN, () -> new Req("POST",
                "/admin/federation/routes-unknown/run", null, null)));
        TABLE.put("DELETE /admin/federation/{name}", new Route(Role.ADMIN, () -> new Req("DELETE",
                "/admin/federation/routes-unknown", null, null)));
        TABLE.put("POST /sos/service", new Route(Role.WRITER, () -> new Req("POST", "/sos/service",
                "application/xml", SOS_INSERT.formatted(time()))));
    }

    @BeforeAll
    static void start() {
        server = TestServer.withAuth(AuthSettings.defaults());
        Accounts accounts = server.server().accounts();
        accounts.addUser("reader", Role.READER, List.of(), "reader-password");
        accounts.addUser("writer", Role.WRITER, List.of(), "writer-password");
        accounts.addUser("admin", Role.ADMIN, List.of(), "admin-password");
        http = new Http(server.url());
        datastream = http.thingWithDatastream("routes", Http.basic("admin", "admin-password"))[1];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = Http.created(http.post("Things", "{\"name\":\"target\",\"description\":\"d\"}",
                    Http.basic("admin", "admin-password")));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String time() {
        return "2024-01-01T00:00:%02dZ".formatted(clock++ % 60);
    }

    @Test
    void theTableNamesEveryWriteRoute() throws Exception {
        assertThat(WriteRoutes.all()).as("write routes of the server; add a new one to TABLE, guarded")
                .containsExactlyInAnyOrderElementsOf(TABLE.keySet());
    }

    @TestFactory
    List<DynamicTest> everyWriteRouteIsGuarded() {
        return TABLE.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getValue())))
                .toList();
    }

    private static void check(Route route) {
        String before = snapshot();
        HttpResponse<String> r = send(route.request().get(), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(401);
        assertThat(r.headers().allValues("WWW-Authenticate")).anyMatch(v -> v.startsWith("Basic"));
        assertThat(Http.json(r).path("message").asText()).contains("needs an account");
        String low = route.needs() == Role.ADMIN ? Http.basic("writer", "writer-password")
                : Http.basic("reader", "reader-password");
        HttpResponse<String> forbidden = send(route.request().get(), low);
        assertThat(forbidden.statusCode()).as(forbidden.body()).isEqualTo(403);
        assertThat(Http.json(forbidden).path("code").asInt()).isEqualTo(403);
        assertThat(snapshot()).as("nothing written by refused requests").isEqualTo(before);
        String right = route.needs() == Role.ADMIN ? Http.basic("admin", "admin-password")
                : Http.basic("writer", "writer-password");
        HttpResponse<String> allowed = send(route.request().get(), right);
        assertThat(allowed.statusCode()).as(allowed.body()).isNotIn(401, 403).isLessThan(500);
    }

    /** What a write could change: the number of Things and Observations, and the target Things. */
    private static String snapshot() {
        StringBuilder b = new StringBuilder(http.count("Things") + " " + http.count("Observations"));
        for (long t : targets) {
            b.append('\n').append(http.send("GET", "/v1.1/Things(" + t + ")", null, null, null).body());
        }
        return b.toString();
    }

    private static HttpResponse<String> send(Req q, String authorization) {
        return http.send(q.method(), q.path(), q.type(), q.body(),
                authorization == null ? null : "Authorization: " + authorization);
    }
}
