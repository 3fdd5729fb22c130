package eu.emso.dmp.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.DmpServer;
import eu.emso.dmp.server.config.SettingsLoader;
import eu.emso.dmp.server.ingest.IngestSettings;
import eu.emso.dmp.server.testing.TempDirs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /metrics} after real traffic through every door: HTTP requests by face and status
 * with latency buckets, ingest lines, records and quarantine entries, QC flags, write-path
 * batches and commits, MQTT sessions and messages, the connection pool and the storage state.
 */
class MetricsTest {
    private static final Path OBSEA = Path.of("..", "egim-adapter", "src", "test", "resources", "samples",
            "MO_TS_MO_OBSEA_201402.csv");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Path dir;
    private static DmpServer server;
    private static String url;

    @BeforeAll
    static void start() throws Exception {
        dir = TempDirs.create("metrics-");
        server = DmpServer.start(SettingsLoader.load(null, Map.of("DMP_MQTT_WS_PORT", "-1", "DMP_AUTH_WRITES", "open"))
                .with(0, 0, dir.resolve("data"), null), IngestSettings.from(SettingsLoader.properties(null, Map.of())));
        url = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
        TempDirs.delete(dir);
    }

    @Test
    void scrapedMetricsCountWhatEachDoorDid() throws Exception {
        JsonNode counts = Json.mapper().readTree(send("POST", "/ingest?source=obsea.csv", Files.readAllBytes(OBSEA), 200));
        String orphan = "# 12.5000,  4.10000,   20.000,   37.0000, 1500.000, 04 Mar 2017, 10:00:00\n";
        send("POST", "/ingest?format=sbe37-ascii&source=orphan", orphan.getBytes(StandardCharsets.US_ASCII), 200);
        long datastream = Json.mapper().readTree(send("GET", "/v1.1/Datastreams?$top=1", null, 200))
                .path("value").get(0).path("@iot.id").asLong();
        send("POST", "/v1.1/Datastreams(" + datastream + ")/Observations",
                "{\"phenomenonTime\":\"2030-01-01T00:00:00Z\",\"result\":14.5}".getBytes(StandardCharsets.UTF_8), 201);
        send("GET", "/no-such-face", null, 404);
        send("GET", "/health/ready", null, 200);
        MqttClient client = new MqttClient("tcp://localhost:" + server.mqtt().port(), "metrics-test",
                new MemoryPersistence());
        client.connect();
        try {
            client.publish("v1.1/Datastreams(" + datastream + ")/Observations",
                    "{\"phenomenonTime\":\"2030-01-01T01:00:00Z\",\"result\":14.6}".getBytes(StandardCharsets.UTF_8),
                    1, false);
            Scrape m = scrape();
            for (int i = 0; i < 100 && m.sum("dmp_mqtt_messages_received_total") < 1; i++) {
                Thread.sleep(100); // the broker tells its interceptors after the PUBACK
                m = scrape();
            }

            assertThat(m.sum("jetty_server_requests_seconds_count", "face", "ingest", "status", "200")).isEqualTo(2);
            assertThat(m.sum("jetty_server_requests_seconds_count", "face", "sta", "status", "201")).isEqualTo(1);
            assertThat(m.sum("jetty_server_requests_seconds_count", "face", "other", "status", "404")).isEqualTo(1);
            assertThat(m.sum("jetty_server_requests_seconds_count", "face", "admin", "status", "200")).isPositive();
            assertThat(m.matching("jetty_server_requests_seconds_bucket", "face", "sta", "status", "201"))
                    .extracting(s -> s.labels().get("le")).contains("0.1", "+Inf");

            assertThat(m.sum("dmp_ingest_lines_total")).isEqualTo(counts.path("lines").asLong() + 1);
            assertThat(m.sum("dmp_ingest_records_total")).isEqualTo(counts.path("records").asLong());
            assertThat(m.sum("dmp_ingest_observations_total")).isEqualTo(counts.path("observations").asLong());
            assertThat(m.sum("dmp_ingest_quarantined_total")).isEqualTo(1);

            assertThat(m.sum("dmp_qc_flags_total")).isGreaterThanOrEqualTo(counts.path("observations").asLong() + 1);
            assertThat(m.matching("dmp_qc_flags_total")).extracting(s -> s.labels().get("flag"))
                    .containsExactlyInAnyOrder("1", "2", "3", "4", "9");
            assertThat(m.sum("dmp_write_batch_rows_count")).isPositive();
            assertThat(m.sum("dmp_write_batch_rows_sum")).isGreaterThanOrEqualTo(counts.path("observations").asLong());
            assertThat(m.sum("dmp_write_commit_seconds_count")).isPositive();
            assertThat(m.matching("dmp_write_commit_seconds_bucket")).isNotEmpty();

            assertThat(m.sum("dmp_mqtt_sessions")).isEqualTo(1);
            assertThat(m.sum("dmp_mqtt_messages_received_total")).isGreaterThanOrEqualTo(1);
            assertThat(m.sum("hikaricp_connections_max", "pool", "dmp")).isEqualTo(16);
            assertThat(m.matching("hikaricp_connections_active")).isNotEmpty();
            assertThat(m.sum("dmp_storage_full")).isZero();
            assertThat(m.sum("dmp_storage_refused_writes_total")).isZero();
        } finally {
            client.disconnect();
            client.close();
        }
    }

    private static Scrape scrape() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("text/plain").contains("version=0.0.4"));
        return Scrape.parse(r.body());
    }

    private static String send(String method, String path, byte[] body, int status) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (path.startsWith("/v1.1")) {
            b.header("Content-Type", "application/json");
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(status);
        return r.body();
    }
}
