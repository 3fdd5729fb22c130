package eu.emso.dmp.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.emso.dmp.server.testing.TempDirs;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

/**
 * Change events survive a broker outage and a server restart: Observations created while the
 * external broker (a Debian {@code mosquitto} with persistence) is stopped are acknowledged, kept
 * in the outbox across a restart of the server, and published once the broker is back, so a
 * subscriber with a persistent session misses none.
 */
class BrokerOutageTest {

    @Test
    void observationsStoredWhileTheBrokerIsDownArePublishedWhenItIsBackEvenAfterARestart() throws Exception {
        assumeTrue(Commands.find("mosquitto").isPresent(), "mosquitto is not installed (apt-get install mosquitto)");
        Path dir = TempDirs.create("dmp-broker-");
        // mosquitto started as root runs as its own user, which must be able to save its database here
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        int port = FreePort.find();
        Path conf = dir.resolve("mosquitto.conf");
        Files.writeString(conf, "listener " + port + "\nallow_anonymous true\npersistence true\npersistence_location "
                + dir + "/\n", StandardCharsets.UTF_8);
        Process broker = mosquitto(conf, port);
        String url = "tcp://localhost:" + port;
        Set<String> received = ConcurrentHashMap.newKeySet();
        MqttClient subscriber = new MqttClient(url, "outage-subscriber", new MemoryPersistence());
        subscriber.setCallback(new org.eclipse.paho.client.mqttv3.MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {
            }

            @Override
            public void messageArrived(String topic, org.eclipse.paho.client.mqttv3.MqttMessage m) {
                received.add(new String(m.getPayload(), StandardCharsets.UTF_8).replaceAll(".*\"phenomenonTime\":\"([^\"]+)\".*", "$1"));
            }

            @Override
            public void deliveryComplete(org.eclipse.paho.client.mqttv3.IMqttDeliveryToken token) {
            }
        });
        MqttConnectOptions persistent = new MqttConnectOptions();
        persistent.setCleanSession(false);
        try (TestServer server = TestServer.start(MqttSettings.defaults().withBrokerUrl(url))) {
            Station station = Station.create(server, "OBSEA");
            subscriber.connect(persistent);
            subscriber.subscribe("v1.1/Datastreams(" + station.datastream() + ")/Observations", 1);
            broker.destroy(); // SIGTERM: mosquitto saves the subscriber's session
            broker.waitFor(10, TimeUnit.SECONDS);

            for (int i = 0; i < 20; i++) {
                server.create("Datastreams(" + station.datastream() + ")/Observations",
                        Station.observation("2017-02-01T14:%02d:00Z".formatted(i), 13.0 + i / 10.0));
            }
            server.restart(); // what was not published yet must not live only in the stopped server's memory
            broker = mosquitto(conf, port);
            subscriber.connect(persistent);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (received.size() < 20 && System.nanoTime() < end) {
                Thread.sleep(100);
            }
            assertThat(received).as("every Observation stored during the outage is published after it").hasSize(20);
        } finally {
            if (subscriber.isConnected()) {
                subscriber.disconnect();
            }
            subscriber.close();
            broker.destroy();
            broker.waitFor(10, TimeUnit.SECONDS);
            TempDirs.delete(dir);
        }
    }

    private static Process mosquitto(Path conf, int port) throws Exception {
        Process p = new ProcessBuilder(Commands.find("mosquitto").get(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long end = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < end) {
            try (Socket s = new Socket("localhost", port)) {
                return p;
            } catch (java.io.IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("mosquitto did not start on port " + port);
    }
}
