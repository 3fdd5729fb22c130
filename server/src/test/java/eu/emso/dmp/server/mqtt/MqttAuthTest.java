package eu.emso.dmp.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.emso.dmp.server.auth.Accounts;
import eu.emso.dmp.server.auth.AuthSettings;
import eu.emso.dmp.server.auth.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MQTT on a server whose writes need an account: CONNECT checks the same users and API keys as
 * HTTP, anyone may connect without credentials and subscribe, and a create published by anyone
 * but a writer is dropped by the broker, not stored, and the sender's connection is closed.
 */
class MqttAuthTest {
    private static TestServer server;
    private static Station obsea;
    private static String topic;
    private static String loggerKey;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(MqttSettings.defaults().withWsPort(0), AuthSettings.defaults());
        Accounts accounts = server.server().accounts();
        accounts.addUser("admin", Role.ADMIN, List.of(), "admin-password");
        accounts.addUser("reader", Role.READER, List.of(), "reader-password");
        accounts.addUser("writer", Role.WRITER, List.of(), "writer-password");
        loggerKey = accounts.addKey("logger", Role.WRITER, List.of());
        server.authorize("Basic " + Base64.getEncoder().encodeToString("admin:admin-password"
                .getBytes(StandardCharsets.UTF_8)));
        obsea = Station.create(server, "OBSEA");
        server.authorize(null);
        topic = "v1.1/Datastreams(" + obsea.datastream() + ")/Observations";
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String countPath(String time) {
        return "Datastreams(" + obsea.datastream() + ")/Observations?$count=true&$top=0&$filter="
                + URLEncoder.encode("phenomenonTime eq " + time, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static long count(String time) throws Exception {
        return server.get(countPath(time)).get("@iot.count").asLong();
    }

    private static long awaitCount(String time, long n) throws Exception {
        return server.awaitCount(countPath(time), n);
    }

    @Test
    void connectWithAWrongPasswordIsRefused() {
        assertThatThrownBy(() -> Inbox.connect(server.brokerUri(), "writer", "not-the-password").close())
                .isInstanceOfSatisfying(MqttException.class, e -> assertThat(e.getReasonCode())
                        .isIn((int) MqttException.REASON_CODE_FAILED_AUTHENTICATION,
                                (int) MqttException.REASON_CODE_NOT_AUTHORIZED));
        assertThatThrownBy(() -> Inbox.connect(server.brokerUri(), "nobody", "x").close())
                .isInstanceOf(MqttException.class);
    }

    @Test
    void aReaderSubscribesButWhatItPublishesIsNotStoredAndItsConnectionIsClosed() throws Exception {
        try (Inbox watcher = Inbox.connect(server.brokerUri(), "reader", "reader-password");
             Inbox reader = Inbox.connect(server.brokerUri(), "reader", "reader-password");
             Inbox anonymous = Inbox.connect(server.brokerUri());
             Inbox writer = Inbox.connect(server.brokerUri(), "writer", "writer-password")) {
            assertThat(watcher.subscribe(topic, 1)).isEqualTo(1);
            // MQTT 3.1.1 has no negative PUBACK: a refused PUBLISH closes the connection (3.3.5)
            assertThatThrownBy(() -> reader.publish(topic, Station.observation("2018-01-01T00:00:00Z", 1.0), 1))
                    .isInstanceOf(MqttException.class);
            anonymous.publish(topic, Station.observation("2018-01-01T00:00:01Z", 1.0), 0);
            writer.publish(topic, Station.observation("2018-01-01T00:00:02Z", 2.0), 1);
            assertThat(awaitCount("2018-01-01T00:00:02Z", 1)).as("the writer's create is stored").isEqualTo(1);
            Inbox.Message m = watcher.next(topic, "@iot.id", 10);
            assertThat(m).as("a reader is notified of the writer's create").isNotNull();
            assertThat(m.json().get("phenomenonTime").asText()).isEqualTo("2018-01-01T00:00:02Z");
            assertThat(count("2018-01-01T00:00:00Z")).as("the reader's create").isZero();
            assertThat(count("2018-01-01T00:00:01Z")).as("the anonymous create").isZero();
        }
    }

    @Test
    void anApiKeyAsPasswordPublishes() throws Exception {
        try (Inbox logger = Inbox.connect(server.brokerUri(), "any-name", loggerKey)) {
            logger.publish(topic, Station.observation("2018-01-02T00:00:00Z", 3.0), 1);
            assertThat(awaitCount("2018-01-02T00:00:00Z", 1)).isEqualTo(1);
        }
    }
}
