package eu.emso.dmp.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requirement class "receive updates via MQTT" (OGC 18-088, 14.2,
 * {@code /req/receive-updates-via-mqtt/receive-updates}): every topic form, both versions, QoS 0
 * and 1, TCP and WebSocket, against a running server.
 */
class ReceiveUpdatesTest {
    private static TestServer server;
    private static Station obsea;
    private static Station other;
    private static int minute;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        obsea = Station.create(server, "OBSEA");
        other = Station.create(server, "W1M3A");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** A fresh phenomenon time, so that no two observations of a Datastream share a key. */
    private static String nextTime() {
        minute++;
        return String.format("2017-02-01T%02d:%02d:00Z", minute / 60, minute % 60);
    }

    private static long observe(Station s, double value) throws Exception {
        return server.create("Datastreams(" + s.datastream() + ")/Observations", Station.observation(nextTime(), value));
    }

    @Test
    void entitySetTopicReceivesTheCreatedObservationAsGetReturnsIt() throws Exception {
        try (Inbox inbox = Inbox.connect(server.brokerUri())) {
            inbox.subscribe("v1.1/Observations", 1);
            long id = observe(obsea, 13.1436);
            Inbox.Message m = inbox.next("v1.1/Observations", "@iot.id", 10);
            assertThat(m).isNotNull();
            assertThat(m.qos()).isEqualTo(1);
            assertThat(m.json()).isEqualTo(server.get("Observations(" + id + ")"));
            assertThat(m.json().get("@iot.selfLink").asText()).isEqualTo(server.root() + "/Observations(" + id + ")");
        }
    }

    @Test
    void navigationTopicReceivesOnlyItsOwnDatastreamsObservations() throws Exception {
        try (Inbox inbox = Inbox.connect(server.brokerUri())) {
            String topic = "v1.1/Datastreams(" + obsea.datastream() + ")/Observations";
            inbox.subscribe(topic, 0);
            observe(other, 99.0);
            long mine = observe(obsea, 13.2);
            Inbox.Message m = inbox.next(10);
            assertThat(m).isNotNull();
            assertThat(m.topic()).isEqualTo(topic);
            assertThat(m.qos()).isZero();
            assertThat(m.json().get("@iot.id").asLong()).isEqualTo(mine);
            assertThat(inbox.next(0.5)).as("nothing of the other Datastream").isNull();
        }
    }

    @Test
    void featureOfInterestTopicReceivesItsObservations() throws Exception {
        long first = observe(obsea, 13.3);
        long foi = server.get("Observations(" + first + ")/FeatureOfInterest").get("@iot.id").asLong();
        try (Inbox inbox = Inbox.connect(server.brokerUri())) {
            inbox.subscribe("v1.1/FeaturesOfInterest(" + foi + ")/Observations", 1);
            long id = observe(obsea, 13.4);
            Inbox.Message m = inbox.next(10);
            assertThat(m).isNotNull();
            assertThat(m.json().get("@iot.id").asLong()).isEqualTo(id);
            assertThat(m.json().get("result").decimalValue()).isEqualByComparingTo("13.4");
        }
    }

    @Test
    void entityTopicReceivesUpdatesAndPropertyTopicOnlyTheProperty() throws Exception {
        try (Inbox entity = Inbox.connect(server.brokerUri()); Inbox property = Inbox.connect(server.brokerUri())) {
            entity.subscribe("v1.1/Things(" + obsea.thing() + ")", 1);
            property.subscribe("v1.1/Things(" + obsea.thing() + ")/description", 1);
            assertThat(server.patch("Things(" + obsea.thing() + ")", "{\"description\": \"EMSO OBSEA, 4 km off Vilanova\"}")
                    .statusCode()).isEqualTo(200);
            Inbox.Message e = entity.next(10);
            assertThat(e).isNotNull();
            assertThat(e.json()).isEqualTo(server.get("Things(" + obsea.thing() + ")"));
            Inbox.Message p = property.next(10);
            assertThat(p).isNotNull();
            assertThat(p.json().size()).isEqualTo(1);
            assertThat(p.json().get("description").asText()).isEqualTo("EMSO OBSEA, 4 km off Vilanova");
        }
    }

    @Test
    void thingsDatastreamsTopicReceivesANewDatastream() throws Exception {
        try (Inbox inbox = Inbox.connect(server.brokerUri())) {
            inbox.subscribe("v1.1/Things(" + obsea.thing() + ")/Datastreams", 1);
            JsonNode ds = server.get("Datastreams(" + obsea.datastream() + ")?$expand=Sensor,ObservedProperty");
            long id = server.create("Things(" + obsea.thing() + ")/Datastreams", """
                    {"name": "PSAL", "description": "salinity", "unitOfMeasurement": {"name": "PSU", "symbol": "PSU",
                     "definition": "http://vocab.nerc.ac.uk/collection/P06/current/UUUU/"},
                     "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
                     "Sensor": {"@iot.id": %d}, "ObservedProperty": {"@iot.id": %d}}
                    """.formatted(ds.get("Sensor").get("@iot.id").asLong(), ds.get("ObservedProperty").get("@iot.id").asLong()));
            Inbox.Message m = inbox.next(10);
            assertThat(m).isNotNull();
            assertThat(m.json().get("@iot.id").asLong()).isEqualTo(id);
            assertThat(m.json().get("name").asText()).isEqualTo("PSAL");
        }
    }

    @Test
    void selectTopicReceivesOnlyTheSelectedProperties() throws Exception {
        try (Inbox inbox = Inbox.connect(server.brokerUri())) {
            String topic = "v1.1/Datastreams(" + obsea.datastream() + ")/Observations?$select=result,phenomenonTime";
            assertThat(inbox.subscribe(topic, 1)).isEqualTo(1);
            observe(obsea, 13.5);
            Inbox.Message m = inbox.next(10);
            assertThat(m).isNotNull();
            assertThat(m.topic()).isEqualTo(topic);
            List<String> fields = new ArrayList<>();
            m.json().fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactlyInAnyOrder("result", "phenomenonTime");
            assertThat(m.json().get("result").decimalValue()).isEqualByComparingTo("13.5");
        }
    }

    @Test
    void deeperPathTopicIsAnsweredThroughTheStore() throws Exception {
        try (Inbox inbox = Inbox.connect(server.brokerUri())) {
            inbox.subscribe("v1.1/Things(" + obsea.thing() + ")/Datastreams(" + obsea.datastream() + ")/Observations", 1);
            observe(other, 1.0);
            long id = observe(obsea, 13.6);
            Inbox.Message m = inbox.next(10);
            assertThat(m).isNotNull();
            assertThat(m.json().get("@iot.id").asLong()).isEqualTo(id);
            assertThat(inbox.next(0.5)).isNull();
        }
    }

    @Test
    void version10TopicsCarryVersion10Representations() throws Exception {
        try (Inbox inbox = Inbox.connect(server.brokerUri())) {
            inbox.subscribe("v1.0/Datastreams(" + obsea.datastream() + ")/Observations", 1);
            inbox.subscribe("v1.0/Things(" + obsea.thing() + ")/Datastreams", 1);
            long id = observe(obsea, 13.7);
            Inbox.Message m = inbox.next(10);
            assertThat(m).isNotNull();
            String v10 = server.root().replace("/v1.1", "/v1.0");
            assertThat(m.json().get("@iot.selfLink").asText()).isEqualTo(v10 + "/Observations(" + id + ")");
            assertThat(m.json()).isEqualTo(server.get(v10 + "/Observations(" + id + ")"));
        }
    }

    @Test
    void webSocketSubscribersReceiveNotificationsToo() throws Exception {
        int ws = server.server().mqtt().wsPort();
        try (Inbox inbox = Inbox.connect("ws://localhost:" + ws + "/mqtt")) {
            inbox.subscribe("v1.1/Datastreams(" + obsea.datastream() + ")/Observations", 1);
            long id = observe(obsea, 13.8);
            Inbox.Message m = inbox.next(10);
            assertThat(m).isNotNull();
            assertThat(m.json().get("@iot.id").asLong()).isEqualTo(id);
        }
    }

    @Test
    void malformedSensorThingsTopicsAreRefusedAtSubscription() throws Exception {
        try (Inbox inbox = Inbox.connect(server.brokerUri())) {
            assertThat(inbox.subscribe("v1.1/Sensorz", 1)).isEqualTo(128);
            assertThat(inbox.subscribe("v1.1/Observations?$filter=result gt 1", 1)).isEqualTo(128);
            assertThat(inbox.subscribe("site/obsea/alarms", 1)).as("other topics are left alone").isEqualTo(1);
        }
    }
}
