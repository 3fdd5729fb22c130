package eu.emso.dmp.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * The {@code mqtt-create} scenario: observations published (QoS 1) to
 * {@code v1.1/Datastreams(id)/Observations} as the SensorThings MQTT extension defines, timed
 * until the server's {@code $count} of that Datastream shows all of them stored, so that a broker
 * acknowledging before the database has the data gains nothing. A server without an MQTT broker
 * on its port is "not available". Stateless.
 */
public final class MqttScenario {
    private static final Instant BASE = Instant.parse("2027-01-01T00:00:00Z");
    private static final long SETTLE_MILLIS = 60_000;

    private MqttScenario() {
    }

    /** Publishes {@code messages} observations through the broker on {@code port}; the rate in obs/s. */
    public static Measurement run(int port, StaClient sta, Catalogue ids, int messages) throws InterruptedException {
        String broker = "tcp://127.0.0.1:" + port;
        try (MqttClient client = new MqttClient(broker, "dmp-bench-" + System.nanoTime(), new MemoryPersistence())) {
            MqttConnectOptions options = new MqttConnectOptions();
            options.setConnectionTimeout(5);
            options.setCleanSession(true);
            options.setMaxInflight(Math.max(10, messages));
            try {
                client.connect(options);
            } catch (MqttException e) {
                return Measurement.notAvailable("no MQTT broker at " + broker + " (" + e.getMessage() + ")");
            }
            String topic = "v1.1/Datastreams(" + ids.postTarget() + ")/Observations";
            long before = count(sta, ids.postTarget());
            long start = System.nanoTime();
            for (int i = 0; i < messages; i++) {
                String json = String.format(Locale.ROOT, "{\"phenomenonTime\":\"%s\",\"result\":%.2f}",
                        BASE.plusSeconds(i), 13 + i % 100 / 10.0);
                client.publish(topic, json.getBytes(StandardCharsets.UTF_8), 1, false);
            }
            long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
            long stored = 0;
            while (System.currentTimeMillis() < deadline) {
                stored = count(sta, ids.postTarget()) - before;
                if (stored >= messages) {
                    double rate = messages / ObservationLoader.seconds(start);
                    client.disconnect();
                    return Measurement.of(rate);
                }
                Thread.sleep(20);
            }
            client.disconnect();
            return Measurement.notAvailable("only " + stored + " of " + messages
                    + " acknowledged observations stored after " + SETTLE_MILLIS / 1000 + " s");
        } catch (MqttException | IOException | RuntimeException e) {
            return Measurement.notAvailable(e.toString());
        }
    }

    private static long count(StaClient sta, long datastream) throws IOException, InterruptedException {
        StaClient.Reply r = sta.get("/Datastreams(" + datastream + ")/Observations?$count=true&$top=1&$select=id");
        if (r.status() != 200) {
            throw new IOException("$count answered " + r.status() + " " + ReadScenarios.abbreviate(r.body()));
        }
        return r.json().path("@iot.count").asLong();
    }
}
