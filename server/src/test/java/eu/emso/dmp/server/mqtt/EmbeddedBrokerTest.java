package eu.emso.dmp.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The embedded broker on its own, without a database. */
class EmbeddedBrokerTest {

    private static ObservationCreates noStore() {
        return new ObservationCreates(() -> {
            throw new IllegalStateException("no store in this test");
        });
    }

    @Test
    void publishesToSubscribersAndTracksWhoListens() throws Exception {
        EmbeddedBroker broker = EmbeddedBroker.start(0, -1, "/mqtt", "localhost", noStore(), 1 << 20);
        try (Inbox inbox = Inbox.connect("tcp://localhost:" + broker.port())) {
            assertThat(broker.subscriptions().idle()).isTrue();
            inbox.subscribe("v1.1/Things(1)", 1);
            assertThat(broker.subscriptions().wants("v1.1/Things(1)")).isTrue();
            assertThat(broker.subscriptions().wants("v1.1/Things(2)")).isFalse();
            broker.publish(new Notification("v1.1/Things(1)", "{\"@iot.id\":1}".getBytes(StandardCharsets.UTF_8)));
            Inbox.Message m = inbox.next(10);
            assertThat(m).isNotNull();
            assertThat(m.json().get("@iot.id").asLong()).isEqualTo(1);
            inbox.client().unsubscribe("v1.1/Things(1)");
            long end = System.currentTimeMillis() + 10_000;
            while (!broker.subscriptions().idle() && System.currentTimeMillis() < end) {
                Thread.sleep(20);
            }
            assertThat(broker.subscriptions().idle()).as("forgotten after UNSUBSCRIBE").isTrue();
            assertThat(broker.endpoints()).containsExactly("mqtt://localhost:" + broker.port());
        } finally {
            broker.close();
        }
    }

    @Test
    void aTakenPortIsReportedByNumber() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> EmbeddedBroker.start(taken.getLocalPort(), -1, "/mqtt", "localhost", noStore(), 1 << 20))
                    .isInstanceOf(IOException.class).hasMessageContaining(Integer.toString(taken.getLocalPort()));
        }
    }
}
