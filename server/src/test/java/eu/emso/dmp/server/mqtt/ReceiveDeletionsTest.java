package eu.emso.dmp.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deletions over MQTT: deleting an entity publishes, on the topics the SensorThings MQTT extension
 * names for it (its own, its entity set's, and the collections it belonged to), its id and self
 * link marked {@code "@removed":{"reason":"deleted"}}, once the deletion has committed; a
 * deletion that fails publishes nothing.
 */
class ReceiveDeletionsTest {
    private static TestServer server;
    private static Station obsea;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        obsea = Station.create(server, "OBSEA");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void deletingAnObservationIsPublishedOnItsTopicsInBothVersions() throws Exception {
        long id = server.create("Datastreams(" + obsea.datastream() + ")/Observations",
                Station.observation("2017-03-01T00:00:00Z", 13.5));
        List<String> topics = List.of("v1.1/Observations(" + id + ")", "v1.1/Observations",
                "v1.1/Datastreams(" + obsea.datastream() + ")/Observations", "v1.0/Observations(" + id + ")");
        try (Inbox inbox = Inbox.connect(server.brokerUri())) {
            for (String t : topics) {
                inbox.subscribe(t, 1);
            }
            assertThat(server.delete("Observations(" + id + ")").statusCode()).isEqualTo(200);
            List<Inbox.Message> got = inbox.take(topics.size(), 10);
            assertThat(got.stream().map(Inbox.Message::topic).collect(Collectors.toSet()))
                    .isEqualTo(Set.copyOf(topics));
            for (Inbox.Message m : got) {
                assertThat(m.json().get("@iot.id").asLong()).isEqualTo(id);
                assertThat(m.json().at("/@removed/reason").asText()).isEqualTo("deleted");
                assertThat(m.json().get("@iot.selfLink").asText()).endsWith("/Observations(" + id + ")");
            }
            assertThat(inbox.next(0.5)).as("one message per topic").isNull();
        }
    }

    @Test
    void deletingADatastreamIsPublishedToItsThingsDatastreamsTopic() throws Exception {
        Station buoy = Station.create(server, "W1M3A");
        try (Inbox inbox = Inbox.connect(server.brokerUri())) {
            String topic = "v1.1/Things(" + buoy.thing() + ")/Datastreams";
            inbox.subscribe(topic, 1);
            assertThat(server.delete("Datastreams(" + buoy.datastream() + ")").statusCode()).isEqualTo(200);
            Inbox.Message m = inbox.next(10);
            assertThat(m).isNotNull();
            assertThat(m.topic()).isEqualTo(topic);
            assertThat(m.json().get("@iot.id").asLong()).isEqualTo(buoy.datastream());
            assertThat(m.json().has("@removed")).isTrue();
        }
    }

    @Test
    void aDeletionThatFailsPublishesNothing() throws Exception {
        try (Inbox inbox = Inbox.connect(server.brokerUri())) {
            inbox.subscribe("v1.1/Observations", 1);
            inbox.subscribe("v1.1/Observations(999999)", 1);
            assertThat(server.delete("Observations(999999)").statusCode()).isEqualTo(404);
            assertThat(inbox.next(1.5)).isNull();
        }
    }
}
