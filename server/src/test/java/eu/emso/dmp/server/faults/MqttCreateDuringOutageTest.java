package eu.emso.dmp.server.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.emso.dmp.model.db.EmbeddedPostgres;
import eu.emso.dmp.model.store.StoreSettings;
import eu.emso.dmp.server.DmpServer;
import eu.emso.dmp.server.config.FaultSettings;
import eu.emso.dmp.server.config.ServerSettings;
import eu.emso.dmp.server.mqtt.MqttSettings;
import eu.emso.dmp.server.ogcapi.OgcApiSettings;
import eu.emso.dmp.server.testing.TempDirs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

/**
 * OGC 18-088 create via MQTT while the database is down: a QoS 1 create is not acknowledged
 * (so the publisher keeps it), a QoS 0 one is refused, and after the database is back the
 * publisher's resend after reconnecting is stored, once.
 */
class MqttCreateDuringOutageTest {
    private static final Instant ACKED = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant HELD = Instant.parse("2024-01-01T00:01:00Z");
    private static final Instant DROPPED = Instant.parse("2024-01-01T00:02:00Z");

    @Test
    void qos1CreatesAreNotAcknowledgedWhileTheDatabaseIsDownAndAreStoredOnceWhenResent() throws Exception {
        Path dir = TempDirs.create("dmp-mqtt-outage");
        try (EmbeddedPostgres db = EmbeddedPostgres.start(dir.resolve("external"))) {
            FaultSettings faults = new FaultSettings(Duration.ofSeconds(2), true, Duration.ofSeconds(5));
            MqttSettings mqtt = new MqttSettings(true, 0, "/mqtt", Optional.empty(), "dmp");
            ServerSettings settings = new ServerSettings(0, 0, dir.resolve("data"), Optional.empty(),
                    Optional.of(db.jdbcUrl()), db.user(), db.password(), 8, StoreSettings.defaults(),
                    mqtt, ServerSettings.DEFAULT_QC_CONFIG_DIR, OgcApiSettings.defaults(), faults)
                    .withAuth(eu.emso.dmp.server.auth.AuthSettings.open());
            try (DmpServer server = DmpServer.start(settings);
                 HealthProbe health = new HealthProbe("http://localhost:" + server.port(), "/health/ready")) {
                String url = "http://localhost:" + server.port();
                long ds = Stored.datastream(url);
                String topic = "v1.1/Datastreams(" + ds + ")/Observations";
                MqttAsyncClient client = new MqttAsyncClient("tcp://localhost:" + server.mqtt().port(),
                        "logger-outage", new MemoryPersistence());
                connect(client);
                client.publish(topic, observation(ACKED), 1, false).waitForCompletion(10_000);

                ExternalDatabaseRestartTest.fastShutdown(db.pid());
                assertNotNull(health.await("503", Duration.ofSeconds(30)), "readiness saw the stopped database");
                IMqttDeliveryToken held = client.publish(topic, observation(HELD), 1, false);
                client.publish(topic, observation(DROPPED), 0, false);
                Thread.sleep(3_000);
                assertFalse(held.isComplete(), "a QoS 1 create is not acknowledged while the database is down");

                db.restart();
                assertNotNull(health.await("200", Duration.ofSeconds(60)), "the server reconnected");
                client.disconnectForcibly(0, 1_000); // as a logger that times out waiting for its PUBACK
                connect(client);                      // and reconnects: the client resends what was not acked
                held.waitForCompletion(15_000);
                assertTrue(held.isComplete(), "the resent create is acknowledged once the database is back");
                client.disconnect().waitForCompletion(5_000);
                client.close();

                List<Instant> stored = awaitStored(url, ds, 2);
                assertEquals(List.of(ACKED, HELD), stored.stream().sorted().toList(),
                        "the acknowledged and the resent create are stored once each; the QoS 0 one was refused");
            }
        } finally {
            TempDirs.delete(dir);
        }
    }

    private static void connect(MqttAsyncClient client) throws MqttException {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(false);
        o.setAutomaticReconnect(false);
        client.connect(o).waitForCompletion(10_000);
    }

    private static byte[] observation(Instant time) {
        return ("{\"phenomenonTime\":\"" + time + "\",\"result\":12.5}").getBytes(StandardCharsets.UTF_8);
    }

    private static List<Instant> awaitStored(String url, long ds, int n) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<Instant> stored = Stored.times(url, ds);
        while (stored.size() < n && System.nanoTime() < end) {
            Thread.sleep(100);
            stored = Stored.times(url, ds);
        }
        Thread.sleep(500); // a duplicate would arrive right behind
        return Stored.times(url, ds);
    }
}
