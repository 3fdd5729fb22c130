package eu.emso.dmp.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.server.testing.TestServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bad-input suite: every request of {@code limits/bad-input.tsv} (malformed query options,
 * paths, JSON bodies, dataArray and batch documents, ingest uploads), each answered with a 4xx
 * whose JSON body names the problem, and none changing a stored row; then malformed MQTT
 * payloads, none stored.
 */
class BadInputSuiteTest {
    private static final List<String> COLLECTIONS = List.of("/v1.1/Things", "/v1.1/Datastreams({ds})/Observations",
            "/v1.0/Sensors");
    /** $expand and $select apply to one entity too; the other options to collections only. */
    private static final List<String> ANYTHING = List.of("/v1.1/Things", "/v1.1/Datastreams({ds})/Observations",
            "/v1.0/Sensors", "/v1.1/Things({thing})");
    private static LimitedServer fixture;
    private static TestServer server;
    private static Entities data;
    private static Rows rows;
    private static long observation;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        fixture = LimitedServer.start(Map.of("DMP_STA_EXPAND_DEPTH_MAX", "6", "DMP_HTTP_READS_CONCURRENT", "0"));
        server = fixture.server();
        data = fixture.data();
        rows = fixture.rows();
        observation = Entities.json(server.get("/v1.1/Observations").body()).at("/value/0/@iot.id").asLong();
    }

    @AfterAll
    static void stop() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** One request of the suite. */
    record Case(int line, String status, String method, String path, String body, String named, String type) {
        @Override
        public String toString() {
            return line + ": " + method + " " + (path.length() > 90 ? path.substring(0, 90) + "..." : path);
        }
    }

    static List<Case> cases() throws Exception {
        List<Case> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                BadInputSuiteTest.class.getResourceAsStream("/limits/bad-input.tsv"), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length == 2) {
                    for (String target : f[0].equals("expand") || f[0].equals("select") ? ANYTHING : COLLECTIONS) {
                        out.add(new Case(n, "400", "GET", target + "?$" + f[0] + "=" + f[1], "-", "$" + f[0], "-"));
                    }
                } else {
                    out.add(new Case(n, f[0], f[1], f[2], f[3], f[4], f[5]));
                }
            }
        }
        return out;
    }

    @Test
    void theSuiteHasHundredsOfCases() throws Exception {
        assertThat(cases()).hasSizeGreaterThan(500);
    }

    @TestFactory
    Stream<DynamicTest> eachBadRequestIsAnswered4xxNamingTheProblemAndChangesNothing() throws Exception {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
    }

    private void check(Case c) throws Exception {
        boolean write = !c.method().equals("GET");
        Map<String, Long> before = write ? rows.counts() : null;
        String body = c.body().equals("-") ? null : fill(c.body());
        String type = c.type().equals("-") ? "application/json" : c.type();
        if (type.startsWith("multipart") && body != null) {
            body = body.replace("\\r\\n", "\r\n");
        }
        String path = encode(fill(c.path()));
        Answer r;
        if (MALFORMED_ESCAPE.matcher(path).find()) {
            r = raw(c.method(), path); // a URI with a malformed escape cannot be built: sent by hand
        } else {
            HttpResponse<String> h = http.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                    .header("Content-Type", type).method(c.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            r = new Answer(h.statusCode(), h.headers().firstValue("Content-Type").orElse(""), h.body());
        }
        if (c.status().equals("4xx")) {
            assertThat(r.status()).as(c + " -> " + r.body()).isBetween(400, 499);
        } else {
            assertThat(r.status()).as(c + " -> " + r.body()).isEqualTo(Integer.parseInt(c.status()));
        }
        assertThat(r.type()).as(c + " -> " + r.body()).contains("json");
        JsonNode error = Entities.json(r.body());
        assertThat(error.path("code").asInt()).as(c + " -> " + r.body()).isEqualTo(r.status());
        assertThat(error.path("message").asText()).as(c + " -> " + r.body()).isNotBlank();
        if (!c.named().equals("-")) {
            assertThat(error.path("message").asText()).as(c.toString()).contains(c.named());
        }
        if (write) {
            assertThat(rows.counts()).as(c + ": nothing stored").isEqualTo(before);
        }
    }

    @Test
    void malformedMqttPayloadsAreNotStored() throws Exception {
        Map<String, Long> before = rows.counts();
        String topic = "v1.1/Datastreams(" + data.datastream + ")/Observations";
        List<String> payloads = List.of("", "{", "[]", "null", "\"x\"", "{\"phenomenonTime\":\"nope\",\"result\":1}",
                "{\"phenomenonTime\":\"2026-05-01T00:00:00Z\",\"result\":1e400}", "{\"phenomenonTime\":\"2026-05-01T00:00:00Z\"}",
                "{\"phenomenonTime\":\"2026-05-01T00:00:00Z\",\"result\":1} x", "\u0000\u0001\u0002", "{\"a\":" .repeat(3000),
                "{\"phenomenonTime\":\"2026-05-01T00:00:00Z\",\"result\":1,\"Datastream\":{\"@iot.id\":999999999}}");
        MqttClient c = new MqttClient("tcp://localhost:" + server.server().mqtt().port(), "bad-input", new MemoryPersistence());
        c.connect();
        for (String p : payloads) {
            c.publish(topic, p.getBytes(StandardCharsets.UTF_8), 1, false);
            c.publish("v1.1/Observations", p.getBytes(StandardCharsets.UTF_8), 1, false);
        }
        for (String bad : List.of("v1.1/Datastreams(999999999)/Observations", "v1.1/Datastreams(x)/Observations", "v1.1/Things",
                "v1.1/Datastreams(" + data.datastream + ")", "v9/Observations")) {
            c.publish(bad, "{\"phenomenonTime\":\"2026-05-01T00:00:00Z\",\"result\":1}".getBytes(StandardCharsets.UTF_8), 1, false);
        }
        c.publish(topic, "{\"phenomenonTime\":\"2026-05-02T00:00:00Z\",\"result\":2}".getBytes(StandardCharsets.UTF_8), 1, false);
        c.disconnect();
        c.close();
        long stored = 0;
        for (int i = 0; i < 200 && stored == 0; i++) {
            stored = Entities.json(server.get("/v1.1/Datastreams(" + data.datastream + ")/Observations?$count=true&$top=0&$filter="
                    + "phenomenonTime%20ge%202026-05-01T00:00:00Z").body()).get("@iot.count").asLong();
            Thread.sleep(stored == 0 ? 50 : 0);
        }
        assertThat(stored).as("only the well-formed message is stored").isEqualTo(1);
        assertThat(rows.counts().get("observations")).isEqualTo(before.get("observations") + 1);
    }

    private static final java.util.regex.Pattern MALFORMED_ESCAPE = java.util.regex.Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private record Answer(int status, String type, String body) {
    }

    /** Sends a request line as written, without a body, and reads the whole answer. */
    private static Answer raw(String method, String path) throws Exception {
        try (java.net.Socket s = new java.net.Socket("localhost", server.server().port())) {
            s.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            String head = all.substring(0, split);
            java.util.regex.Matcher type = java.util.regex.Pattern.compile("(?im)^content-type:\\s*(.+)$").matcher(head);
            return new Answer(Integer.parseInt(head.substring(9, 12)), type.find() ? type.group(1).trim() : "",
                    all.substring(split + 4));
        }
    }

    private static String fill(String s) {
        return s.replace("{ds}", Long.toString(data.datastream)).replace("{thing}", Long.toString(data.thing))
                .replace("{obs}", Long.toString(observation));
    }

    /** Percent-encodes what a URI cannot hold; '%' is kept so that the suite can send malformed escapes. */
    static String encode(String raw) {
        StringBuilder b = new StringBuilder();
        for (byte x : raw.getBytes(StandardCharsets.UTF_8)) {
            char ch = (char) (x & 0xff);
            if (ch < 0x80 && (Character.isLetterOrDigit(ch) || "-._~/?&=$(),;:@!*'%".indexOf(ch) >= 0)) {
                b.append(ch);
            } else {
                b.append('%').append(String.format("%02X", x & 0xff));
            }
        }
        return b.toString();
    }
}
