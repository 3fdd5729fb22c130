package eu.emso.dmp.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Socket;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * External broker mode: two server nodes share one Debian {@code mosquitto} (run here as a child
 * process on a free port; skipped when it is not installed). Notifications of either node reach
 * the broker's subscribers; a create message is carried out by exactly one node (shared
 * subscription), and the nodes' own notifications are not taken for create requests.
 */
class ExternalBrokerTest {
    private static Process mosquitto;
    private static String broker;
    private static TestServer a;
    private static TestServer b;
    private static Station stationA;
    private static Station stationB;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Commands.find("mosquitto").isPresent(),
                "the mosquitto broker is not installed (apt-get install mosquitto); skipping");
        int port = FreePort.find();
        mosquitto = new ProcessBuilder(Commands.find("mosquitto").get(), "-p", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        awaitPort(port);
        broker = "tcp://localhost:" + port;
        MqttSettings external = MqttSettings.defaults().withBrokerUrl(broker);
        a = TestServer.start(external);
        b = TestServer.start(external);
        stationA = Station.create(a, "OBSEA");
        stationB = Station.create(b, "W1M3A");
    }

    @AfterAll
    static void stop() throws Exception {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (mosquitto != null) {
            mosquitto.destroy();
            mosquitto.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static void awaitPort(int port) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < end) {
            try (Socket s = new Socket("localhost", port)) {
                return;
            } catch (java.io.IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("mosquitto did not start on port " + port);
    }

    @Test
    void observationsCreatedOnEitherNodeReachTheBrokersSubscribers() throws Exception {
        try (Inbox inbox = Inbox.connect(broker)) {
            inbox.subscribe("v1.1/Datastreams(" + stationA.datastream() + ")/Observations", 1);
            long onA = a.create("Datastreams(" + stationA.datastream() + ")/Observations",
                    Station.observation("2017-02-01T14:10:34Z", 13.1436));
            Inbox.Message first = inbox.next(10);
            assertThat(first).isNotNull();
            assertThat(first.json().get("@iot.selfLink").asText()).isEqualTo(a.root() + "/Observations(" + onA + ")");
            long onB = b.create("Datastreams(" + stationB.datastream() + ")/Observations",
                    Station.observation("2017-02-01T14:10:34Z", 15.2));
            Inbox.Message second = inbox.next(10);
            assertThat(second).as("same topic, other node").isNotNull();
            assertThat(second.json().get("@iot.selfLink").asText()).isEqualTo(b.root() + "/Observations(" + onB + ")");
            assertThat(b.server().mqtt().endpoints()).containsExactly(broker.replace("tcp://", "mqtt://"));
        }
    }

    @Test
    void aCreateMessageIsCarriedOutByExactlyOneNode() throws Exception {
        assertThat(stationA.datastream()).isEqualTo(stationB.datastream());
        String topic = "v1.1/Datastreams(" + stationA.datastream() + ")/Observations";
        try (Inbox inbox = Inbox.connect(broker)) {
            inbox.subscribe(topic, 1);
            inbox.publish(topic, Station.observation("2017-02-02T00:00:00Z", 12.5), 1);
            Inbox.Message created = inbox.next(topic, "@iot.id", 10);
            assertThat(created).as("the creating node's notification").isNotNull();
            Thread.sleep(1_000);
            String query = "Observations?$filter=phenomenonTime%20eq%202017-02-02T00:00:00Z";
            int total = a.get(query).get("value").size() + b.get(query).get("value").size();
            assertThat(total).as("one node took it; no node re-ingested a notification").isEqualTo(1);
        }
    }
}
