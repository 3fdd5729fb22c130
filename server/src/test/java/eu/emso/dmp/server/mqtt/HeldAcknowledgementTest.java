package eu.emso.dmp.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * On the embedded broker (HiveMQ) the PUBACK of a QoS 1 create comes once the Observation is
 * stored, and an MQTT 5 publisher whose create fails hears why in the PUBACK's reason code,
 * besides the WARN line in the server's log.
 */
class HeldAcknowledgementTest {
    private static TestServer server;
    private static Station obsea;
    private static MqttAsyncClient client;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(MqttSettings.defaults().withWsPort(-1).withEngine(MqttSettings.Engine.HIVEMQ));
        obsea = Station.create(server, "OBSEA");
        client = new MqttAsyncClient(server.brokerUri(), "v5-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setCleanStart(true);
        client.connect(o).waitForCompletion(10_000);
    }

    @AfterAll
    static void stop() throws Exception {
        client.disconnect().waitForCompletion(5_000);
        client.close();
        server.close();
    }

    private static String topic() {
        return "v1.1/Datastreams(" + obsea.datastream() + ")/Observations";
    }

    /** Publishes at QoS 1 and returns the PUBACK's reason code. */
    private static int publish(String topic, String json) throws Exception {
        MqttMessage m = new MqttMessage(json.getBytes(StandardCharsets.UTF_8));
        m.setQos(1);
        IMqttToken t = client.publish(topic, m);
        try {
            t.waitForCompletion(20_000);
        } catch (MqttException refused) {
            return refused.getReasonCode();
        }
        return t.getReasonCodes()[0];
    }

    private static long count(String time) throws Exception {
        return server.get("Datastreams(" + obsea.datastream() + ")/Observations?$count=true&$top=0&$filter="
                + java.net.URLEncoder.encode("phenomenonTime eq " + time, StandardCharsets.UTF_8).replace("+", "%20"))
                .get("@iot.count").asLong();
    }

    @Test
    void theObservationIsReadableAsSoonAsThePubackArrives() throws Exception {
        for (int i = 0; i < 20; i++) {
            String time = "2018-05-01T00:00:" + (i < 10 ? "0" : "") + i + "Z";
            assertThat(publish(topic(), Station.observation(time, 10 + i))).as("success").isLessThan(0x80);
            assertThat(count(time)).as("stored before its PUBACK, message %d", i).isEqualTo(1);
        }
    }

    @Test
    void aFailedCreateGetsAReasonCodeAndAWarningAndNothingIsStored() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger creates = (Logger) LoggerFactory.getLogger(ObservationCreates.class);
        log.start();
        creates.addAppender(log);
        try {
            assertThat(publish(topic(), "{\"result\": 13.1,")).as("not JSON").isEqualTo(0x99);
            assertThat(publish(topic(), "{\"phenomenonTime\": \"2018-05-02T00:00:00Z\"}")).as("no result")
                    .isEqualTo(0x99);
            assertThat(publish("v1.1/Datastreams(999999)/Observations", Station.observation("2018-05-02T00:01:00Z", 1)))
                    .as("unknown Datastream").isEqualTo(0x83);
            assertThat(publish("v1.1/Sensors(1)/Observations", Station.observation("2018-05-02T00:02:00Z", 1)))
                    .as("not a create topic").isEqualTo(0x90);
        } finally {
            creates.detachAppender(log);
        }
        List<ILoggingEvent> warnings = List.copyOf(log.list);
        assertThat(warnings).hasSize(4).allSatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getFormattedMessage()).contains("rejected").contains(client.getClientId());
        });
        assertThat(warnings.get(0).getFormattedMessage()).contains("not valid JSON");
        assertThat(warnings.get(2).getFormattedMessage()).contains("999999");
        assertThat(count("2018-05-02T00:00:00Z")).isZero();
        assertThat(client.isConnected()).as("the connection carries on").isTrue();
        assertThat(publish(topic(), Station.observation("2018-05-02T00:03:00Z", 2))).isLessThan(0x80);
    }
}
