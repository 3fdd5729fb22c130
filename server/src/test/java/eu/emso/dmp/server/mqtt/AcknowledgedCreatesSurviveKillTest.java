package eu.emso.dmp.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.testing.ChildServer;
import eu.emso.dmp.server.testing.TempDirs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Acknowledged means stored" over MQTT: a server process with the embedded broker is killed
 * ({@code kill -9}) at a random moment while a QoS 1 publisher streams creates; after a restart
 * on the same data directory every create whose PUBACK arrived is there, once.
 */
class AcknowledgedCreatesSurviveKillTest {
    private static final int MESSAGES = 4_000;
    private static final int IN_FLIGHT = 64;
    private static final Instant T0 = Instant.parse("2021-06-01T00:00:00Z");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private Path dir;

    @AfterEach
    void deleteDirectory() {
        TempDirs.delete(dir);
    }

    @Test
    void everyCreateAcknowledgedBeforeTheKillIsStoredExactlyOnceAfterTheRestart() throws Exception {
        dir = TempDirs.create("mqtt-kill-");
        Path data = dir.resolve("data");
        Path log = dir.resolve("server.log");
        int mqttPort = FreePort.find();
        Set<Integer> acked = new ConcurrentSkipListSet<>();
        int killAfter = 300 + new Random().nextInt(1_200);
        long datastream;
        int sent = 0;
        ChildServer victim = ChildServer.start(data, log, mqtt(mqttPort));
        try {
            datastream = createDatastream(victim.url);
            MqttAsyncClient client = new MqttAsyncClient("tcp://localhost:" + mqttPort, "kill-test",
                    new MemoryPersistence());
            MqttConnectOptions o = new MqttConnectOptions();
            o.setCleanSession(true);
            o.setMaxInflight(IN_FLIGHT);
            o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
            client.connect(o).waitForCompletion(10_000);
            String topic = "v1.1/Datastreams(" + datastream + ")/Observations";
            Semaphore window = new Semaphore(IN_FLIGHT);
            for (int i = 0; i < MESSAGES && client.isConnected(); i++) {
                if (!window.tryAcquire(10, TimeUnit.SECONDS)) {
                    break;
                }
                if (acked.size() >= killAfter) {
                    victim.kill(); // messages are in flight now: some sent, not yet acknowledged
                    break;
                }
                int n = i;
                MqttMessage m = new MqttMessage(observation(n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                m.setQos(1);
                try {
                    client.publish(topic, m, null, new IMqttActionListener() {
                        @Override
                        public void onSuccess(IMqttToken token) {
                            acked.add(n);
                            window.release();
                        }

                        @Override
                        public void onFailure(IMqttToken token, Throwable e) {
                            window.release();
                        }
                    });
                    sent++;
                } catch (MqttException lost) {
                    break;
                }
            }
            try {
                client.disconnectForcibly(100, 100);
                client.close(true);
            } catch (MqttException e) {
                // the server is gone
            }
        } finally {
            victim.kill();
        }
        assertThat(acked).as("the kill came mid-stream").hasSizeGreaterThanOrEqualTo(killAfter);
        assertThat(sent).as("the kill came mid-stream").isLessThan(MESSAGES);
        Set<Integer> ackedAtKill = Set.copyOf(acked);

        List<Integer> stored;
        try (ChildServer restarted = ChildServer.start(data, log, mqtt(FreePort.find()))) {
            stored = results(restarted.url, datastream);
        }
        assertThat(new HashSet<>(stored)).as("every acknowledged create is stored (server log: %s)", log)
                .containsAll(ackedAtKill);
        assertThat(stored).as("nothing stored twice").doesNotHaveDuplicates();
        assertThat(stored.size()).as("nothing stored that was not sent").isLessThanOrEqualTo(sent);
    }

    /** The embedded broker on {@code port}, without WebSocket. */
    private static Map<String, String> mqtt(int port) {
        return Map.of("DMP_MQTT_ENABLED", "true", "DMP_MQTT_PORT", Integer.toString(port), "DMP_MQTT_WS_PORT", "-1");
    }

    private static String observation(int n) {
        return "{\"phenomenonTime\": \"" + T0.plusSeconds(n) + "\", \"result\": " + n + "}";
    }

    private static long createDatastream(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/v1.1/Things"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"name": "OBSEA", "description": "EMSO test site",
                         "Locations": [{"name": "OBSEA", "description": "seafloor, 20 m", "encodingType": "application/geo+json",
                                        "location": {"type": "Point", "coordinates": [1.7527, 41.1819]}}],
                         "Datastreams": [{"name": "TEMP", "description": "sea water temperature",
                           "unitOfMeasurement": {"name": "degree Celsius", "symbol": "degC", "definition": "http://vocab.nerc.ac.uk/collection/P06/current/UPAA/"},
                           "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
                           "Sensor": {"name": "SBE37", "description": "CTD", "encodingType": "text/html", "metadata": "https://www.seabird.com"},
                           "ObservedProperty": {"name": "TEMP", "definition": "http://vocab.nerc.ac.uk/collection/P01/current/TEMPPR01/",
                                                "description": "sea water temperature"}}]}
                        """)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        long thing = Json.mapper().readTree(r.body()).get("@iot.id").asLong();
        return get(url + "/v1.1/Things(" + thing + ")/Datastreams").get("value").get(0).get("@iot.id").asLong();
    }

    /** The results of every Observation of the Datastream, following the next links. */
    private static List<Integer> results(String url, long datastream) throws Exception {
        List<Integer> out = new ArrayList<>();
        String next = url + "/v1.1/Datastreams(" + datastream + ")/Observations?$select=result&$top=1000";
        while (next != null) {
            JsonNode page = get(next);
            page.get("value").forEach(o -> out.add(o.get("result").asInt()));
            next = page.has("@iot.nextLink") ? page.get("@iot.nextLink").asText() : null;
        }
        return out;
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }
}
