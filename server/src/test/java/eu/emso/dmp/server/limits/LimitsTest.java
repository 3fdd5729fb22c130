package eu.emso.dmp.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.server.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Each limit of docs/operations.md ("Limits") hit over HTTP or MQTT against a real server
 * configured, through its settings keys, with small limits: every one answers a clear 4xx or a
 * 503 with a JSON body naming it, never a 500 or a connection left hanging, and stores nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LimitsTest {
    private static LimitedServer fixture;
    private static TestServer server;
    private static Entities data;
    private static Rows rows;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        fixture = LimitedServer.start(Map.ofEntries(Map.entry("DMP_STA_TOP_MAX", "5"), Map.entry("DMP_HTTP_BODY_MAX", "1M"),
                Map.entry("DMP_STA_EXPAND_DEPTH_MAX", "4"), Map.entry("DMP_STA_EXPAND_ENTITIES_MAX", "100"),
                Map.entry("DMP_DB_READ_TIMEOUT", "2"), Map.entry("DMP_MQTT_MESSAGE_MAX", "16K"),
                Map.entry("DMP_HTTP_READS_CONCURRENT", "1"), Map.entry("DMP_HTTP_READS_WAIT", "0.3"),
                Map.entry("DMP_HTTP_WRITES_RATE", "0.1"), Map.entry("DMP_HTTP_WRITES_BURST", "40")));
        server = fixture.server();
        data = fixture.data();
        rows = fixture.rows();
    }

    @AfterAll
    static void stop() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    private static void assertError(HttpResponse<String> r, int status, String... named) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = Entities.json(r.body());
        assertThat(body.get("code").asInt()).isEqualTo(status);
        assertThat(body.get("message").asText()).contains(named);
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    @Order(1)
    void anExpandDeeperThanTheLimitIsRefusedWith400NamingTheLimit() throws Exception {
        String forty = String.join("/", Collections.nCopies(20, "Datastreams/Thing"));
        assertError(server.get("/v1.1/Things(" + data.thing + ")?$expand=" + forty), 400, "$expand", "40", "at most 4");
        assertError(server.get("/v1.1/Things?$expand=" + q("Datastreams($expand=Thing($expand=Datastreams/Thing/Locations))")),
                400, "5 navigation steps", "at most 4");
        HttpResponse<String> ok = server.get("/v1.1/Things(" + data.thing + ")?$expand=Datastreams/Thing/Datastreams/Thing");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(Entities.json(ok.body()).at("/Datastreams/0/Thing/Datastreams")).hasSize(4);
    }

    @Test
    @Order(1)
    void aResponseThatWouldHoldMoreEntitiesThanTheLimitIsRefusedWith400() throws Exception {
        // 4 Datastreams, each with its Thing, its 4 Datastreams, their Thing and its 4 Datastreams: 104 entities
        assertError(server.get("/v1.1/Datastreams?$expand=Thing/Datastreams/Thing/Datastreams"), 400, "$expand", "104",
                "at most 100");
    }

    @Test
    @Order(2)
    void aTopAboveTheMaximumIsLoweredToItAndPagedOn() throws Exception {
        JsonNode page = Entities.json(server.get("/v1.1/Datastreams?$top=1000").body());
        assertThat(page.get("value")).hasSizeLessThanOrEqualTo(5);
        HttpResponse<String> top = server.get("/v1.1/Observations?$top=1000000000000");
        assertThat(top.statusCode()).isBetween(200, 499).isNotEqualTo(500);
    }

    @Test
    @Order(3)
    void aResultOutOfDoubleRangeIsRefusedWith400NamingTheFieldAndNothingIsStored() throws Exception {
        Map<String, Long> before = rows.counts();
        assertError(server.send("POST", "/v1.1/Datastreams(" + data.datastream + ")/Observations",
                "{\"phenomenonTime\":\"2026-01-02T00:00:00Z\",\"result\":1e400}"), 400, "'result'", "double");
        assertThat(rows.counts()).isEqualTo(before);
        HttpResponse<String> array = server.send("POST", "/v1.1/CreateObservations", "[{\"Datastream\":{\"@iot.id\":"
                + data.datastream + "},\"components\":[\"phenomenonTime\",\"result\"],\"dataArray\":["
                + "[\"2026-01-03T00:00:00Z\",1],[\"2026-01-03T00:01:00Z\",-1e400]]}]");
        assertThat(array.statusCode()).as("dataArray answers each row (OGC 18-088, 13.2)").isEqualTo(201);
        assertThat(Entities.json(array.body()).get(1).asText()).contains("row 1", "'result'", "double");
        before.merge("observations", 1L, Long::sum);
        assertThat(rows.counts()).isEqualTo(before);
    }

    @Test
    @Order(4)
    void aBodyOverTheLimitIsAnswered413WithAJsonBodyWhetherItHasALengthOrNot() throws Exception {
        Map<String, Long> before = rows.counts();
        byte[] big = new byte[64 << 20];
        Arrays.fill(big, (byte) ' ');
        big[0] = '[';
        big[big.length - 1] = ']';
        URI uri = URI.create(server.url() + "/v1.1/CreateObservations");
        HttpResponse<String> sized = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(), HttpResponse.BodyHandlers.ofString());
        assertError(sized, 413, "http.body.max", Integer.toString(big.length));
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big, 0, 4 << 20))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertError(chunked, 413, "http.body.max");
        assertThat(server.get("/v1.1/Things").statusCode()).isEqualTo(200);
        assertThat(rows.counts()).isEqualTo(before);
    }

    @Test
    @Order(5)
    void aReadRunningOverTheReadTimeoutIsCancelledAndAnswered503() throws Exception {
        try (Statement lock = rows.connection().createStatement()) {
            rows.connection().setAutoCommit(false);
            lock.execute("LOCK TABLE things IN ACCESS EXCLUSIVE MODE");
            HttpResponse<String> r = server.get("/v1.1/Things");
            assertError(r, 503, "ran longer than", "2.0 s");
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
        } finally {
            rows.connection().rollback();
            rows.connection().setAutoCommit(true);
        }
        assertThat(server.get("/v1.1/Things").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(6)
    void aReadFindingEveryPlaceTakenIsAnswered503WithRetryAfterWhileHealthStillAnswers() throws Exception {
        CompletableFuture<HttpResponse<String>> first;
        try (Statement lock = rows.connection().createStatement()) {
            rows.connection().setAutoCommit(false);
            lock.execute("LOCK TABLE things IN ACCESS EXCLUSIVE MODE");
            first = http.sendAsync(HttpRequest.newBuilder(URI.create(server.url() + "/v1.1/Things")).build(),
                    HttpResponse.BodyHandlers.ofString());
            while (!rows.someoneWaitsForALock()) {
                Thread.onSpinWait();
            }
            HttpResponse<String> second = server.get("/v1.1/Sensors");
            assertError(second, 503, "busy", "http.reads.concurrent");
            assertThat(second.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(server.get("/health/live").statusCode()).isEqualTo(200);
        } finally {
            rows.connection().rollback();
            rows.connection().setAutoCommit(true);
        }
        assertThat(first.get().statusCode()).as(first.get().body()).isEqualTo(200);
        assertThat(server.get("/v1.1/Sensors").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(7)
    void anMqttMessageOverTheLimitIsNotStoredAndLoggedOnce() throws Exception {
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log =
                new ch.qos.logback.core.read.ListAppender<>();
        // the broker's line: Moquette's own, or the server's for HiveMQ
        ch.qos.logback.classic.Logger broker = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.moquette");
        ch.qos.logback.classic.Logger hive = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                "eu.emso.dmp.server.mqtt.HiveEvents");
        log.start();
        broker.addAppender(log);
        hive.addAppender(log);
        Map<String, Long> before = rows.counts();
        String topic = "v1.1/Datastreams(" + data.datastream + ")/Observations";
        MqttClient c = new MqttClient("tcp://localhost:" + server.server().mqtt().port(), "limits-test", new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(true);
        c.connect(o);
        char[] padding = new char[32 << 10];
        Arrays.fill(padding, ' ');
        String huge = "{\"phenomenonTime\":\"2026-02-01T00:00:00Z\",\"result\":1" + new String(padding) + "}";
        try {
            c.publish(topic, huge.getBytes(StandardCharsets.UTF_8), 1, false);
        } catch (org.eclipse.paho.client.mqttv3.MqttException dropped) {
            // the broker closes the connection of a client that sends a message over the limit
        }
        for (int i = 0; i < 100 && c.isConnected(); i++) {
            Thread.sleep(20);
        }
        assertThat(c.isConnected()).as("the broker closed the connection").isFalse();
        for (int i = 0; i < 100 && List.copyOf(log.list).stream().noneMatch(e -> e.getFormattedMessage().contains("limits-test")); i++) {
            Thread.sleep(20); // the line may follow the closing
        }
        Thread.sleep(100);
        broker.detachAppender(log);
        hive.detachAppender(log);
        assertThat(log.list).filteredOn(e -> e.getFormattedMessage().contains("limits-test")).hasSize(1);
        c.close(true);
        MqttClient again = new MqttClient("tcp://localhost:" + server.server().mqtt().port(), "limits-test-2",
                new MemoryPersistence());
        again.connect(o);
        again.publish(topic, "{\"phenomenonTime\":\"2026-02-01T00:00:01Z\",\"result\":2}".getBytes(StandardCharsets.UTF_8), 1, false);
        again.disconnect();
        again.close();
        Map<String, Long> expected = new HashMap<>(before);
        long stored = 0;
        for (int i = 0; i < 200 && stored == 0; i++) {
            stored = Entities.json(server.get("/v1.1/Datastreams(" + data.datastream + ")/Observations?$count=true&$top=0&$filter="
                    + q("phenomenonTime ge 2026-02-01T00:00:00Z")).body()).get("@iot.count").asLong();
            Thread.sleep(stored == 0 ? 50 : 0);
        }
        assertThat(stored).as("only the small message is stored").isEqualTo(1);
        expected.merge("observations", 1L, Long::sum);
        assertThat(rows.counts().get("observations")).isEqualTo(expected.get("observations"));
    }

    @Test
    @Order(100)
    void writesOverTheClientsRateAreAnswered429WithRetryAfterAndNotStored() throws Exception {
        long created = 0;
        HttpResponse<String> refused = null;
        long before = rows.counts().get("observations");
        for (int i = 0; i < 60 && refused == null; i++) {
            HttpResponse<String> r = server.send("POST", "/v1.1/Datastreams(" + data.datastream + ")/Observations",
                    "{\"phenomenonTime\":\"2026-03-01T00:00:" + String.format("%02d", i) + "Z\",\"result\":" + i + "}");
            if (r.statusCode() == 429) {
                refused = r;
            } else {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                created++;
            }
        }
        assertThat(refused).as("a write past the burst is refused").isNotNull();
        assertError(refused, 429, "too many writes", "http.writes.rate");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(created).isLessThanOrEqualTo(40);
        assertThat(rows.counts().get("observations")).isEqualTo(before + created);
        assertThat(server.get("/v1.1/Observations").statusCode()).as("reads go on").isEqualTo(200);
    }
}
