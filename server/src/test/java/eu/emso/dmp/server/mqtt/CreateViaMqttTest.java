package eu.emso.dmp.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Requirement class "create observations via MQTT" (OGC 18-088, 14.3,
 * {@code /req/create-observations-via-mqtt/observations-creation}): the three create topics, both
 * versions, and rejection of malformed messages without disturbing anyone else.
 */
class CreateViaMqttTest {
    private static TestServer server;
    private static Station obsea;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger creates = (Logger) LoggerFactory.getLogger(ObservationCreates.class);

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        obsea = Station.create(server, "OBSEA");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @BeforeEach
    void listen() {
        log.start();
        creates.addAppender(log);
    }

    @AfterEach
    void unlisten() {
        creates.detachAppender(log);
    }

    private static String countPath(String filter) {
        return "Datastreams(" + obsea.datastream() + ")/Observations?$count=true&$top=0&$filter="
                + java.net.URLEncoder.encode(filter, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static long count(String filter) throws Exception {
        return server.get(countPath(filter)).get("@iot.count").asLong();
    }

    @Test
    void publishingToADatastreamsObservationsCreatesOneAndNotifiesSubscribers() throws Exception {
        String topic = "v1.1/Datastreams(" + obsea.datastream() + ")/Observations";
        try (Inbox sub = Inbox.connect(server.brokerUri()); Inbox pub = Inbox.connect(server.brokerUri())) {
            sub.subscribe(topic, 1);
            pub.publish(topic, Station.observation("2017-02-01T14:10:34Z", 13.1436), 1);
            Inbox.Message m = sub.next(topic, "@iot.id", 10);
            assertThat(m).as("the created Observation is published").isNotNull();
            assertThat(m.json()).isEqualTo(server.get("Observations(" + m.json().get("@iot.id").asLong() + ")"));
            assertThat(count("phenomenonTime eq 2017-02-01T14:10:34Z")).isEqualTo(1);
        }
    }

    @Test
    void publishingToObservationsWithADatastreamReferenceCreatesOne() throws Exception {
        try (Inbox pub = Inbox.connect(server.brokerUri())) {
            pub.publish("v1.1/Observations", "{\"phenomenonTime\": \"2017-02-01T14:20:34Z\", \"result\": 13.2,"
                    + " \"Datastream\": {\"@iot.id\": " + obsea.datastream() + "}}", 0);
            assertThat(awaitCount("phenomenonTime eq 2017-02-01T14:20:34Z", 1)).isEqualTo(1);
        }
    }

    @Test
    void publishingToAFeaturesObservationsCreatesOneThereAndInVersion10() throws Exception {
        long first = server.create("Datastreams(" + obsea.datastream() + ")/Observations",
                Station.observation("2017-02-01T14:30:00Z", 13.0));
        long foi = server.get("Observations(" + first + ")/FeatureOfInterest").get("@iot.id").asLong();
        try (Inbox pub = Inbox.connect(server.brokerUri())) {
            pub.publish("v1.0/FeaturesOfInterest(" + foi + ")/Observations", "{\"phenomenonTime\": \"2017-02-01T14:40:00Z\","
                    + " \"result\": 13.3, \"Datastream\": {\"@iot.id\": " + obsea.datastream() + "}}", 1);
            assertThat(awaitCount("phenomenonTime eq 2017-02-01T14:40:00Z and FeatureOfInterest/id eq " + foi, 1))
                    .isEqualTo(1);
        }
    }

    @Test
    void malformedMessagesAreRejectedWithOneWarningEachAndOthersCarryOn() throws Exception {
        String topic = "v1.1/Datastreams(" + obsea.datastream() + ")/Observations";
        server.create("Datastreams(" + obsea.datastream() + ")/Observations", Station.observation("2017-02-01T15:00:00Z", 14.0));
        try (Inbox bad = Inbox.connect(server.brokerUri()); Inbox good = Inbox.connect(server.brokerUri());
             Inbox sub = Inbox.connect(server.brokerUri())) {
            sub.subscribe(topic, 1);
            bad.publish(topic, "{\"result\": 13.1,", 1);
            bad.publish("v1.1/Datastreams(999999)/Observations", Station.observation("2017-02-01T15:01:00Z", 1), 1);
            bad.publish("v1.1/Sensors(1)/Observations", Station.observation("2017-02-01T15:02:00Z", 1), 1);
            bad.publish(topic, "{\"phenomenonTime\": \"2017-02-01T15:03:00Z\"}", 1);
            bad.publish(topic, Station.observation("2017-02-01T15:00:00Z", 99.0), 1);
            List<ILoggingEvent> warnings = awaitWarnings(5);
            assertThat(warnings).hasSize(5).allSatisfy(e -> {
                assertThat(e.getLevel()).isEqualTo(Level.WARN);
                assertThat(e.getThrowableProxy()).as("no stack trace").isNull();
                assertThat(e.getFormattedMessage()).contains("rejected").doesNotContain("\n");
            });
            assertThat(warnings.get(0).getFormattedMessage()).contains("not valid JSON");
            assertThat(warnings.get(1).getFormattedMessage()).contains("999999");
            good.publish(topic, Station.observation("2017-02-01T15:04:00Z", 13.9), 1);
            Inbox.Message m = sub.next(topic, "@iot.id", 10);
            assertThat(m).as("other clients keep working").isNotNull();
            assertThat(m.json().get("result").decimalValue()).isEqualByComparingTo("13.9");
            assertThat(bad.client().isConnected()).isTrue();
        }
        assertThat(count("result eq 99.0")).as("the conflicting value is not stored").isZero();
    }

    @Test
    void clientsPublishingTogetherHaveEachOfTheirMessagesCreatedInTheOrderTheyWereSent() throws Exception {
        String topic = "v1.1/Datastreams(" + obsea.datastream() + ")/Observations";
        int clients = 4;
        int each = 25;
        List<Inbox> publishers = new java.util.ArrayList<>();
        try {
            for (int c = 0; c < clients; c++) {
                publishers.add(Inbox.connect(server.brokerUri()));
            }
            for (int i = 0; i < each; i++) {
                for (int c = 0; c < clients; c++) {
                    publishers.get(c).publish(topic, Station.observation(
                            java.time.Instant.parse("2017-03-0" + (c + 1) + "T00:00:00Z").plusSeconds(i).toString(),
                            13 + i / 100.0), 1);
                }
            }
            assertThat(awaitCount("phenomenonTime ge 2017-03-01T00:00:00Z and phenomenonTime lt 2017-03-05T00:00:00Z",
                    clients * each)).isEqualTo(clients * each);
        } finally {
            for (Inbox p : publishers) {
                p.close();
            }
        }
        for (int c = 0; c < clients; c++) {
            String day = "2017-03-0" + (c + 1);
            var page = server.get("Datastreams(" + obsea.datastream() + ")/Observations?$top=100&$select=id"
                    + "&$orderby=phenomenonTime%20asc&$filter=" + java.net.URLEncoder.encode("phenomenonTime ge " + day
                    + "T00:00:00Z and phenomenonTime lt " + day + "T01:00:00Z", java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20")).get("value");
            List<Long> ids = new java.util.ArrayList<>();
            page.forEach(o -> ids.add(o.get("@iot.id").asLong()));
            assertThat(ids).as("client %d, ids in the order of its messages", c).hasSize(each).isSorted();
        }
    }

    private List<ILoggingEvent> awaitWarnings(int n) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (log.list.size() < n && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        Thread.sleep(200);
        return List.copyOf(log.list);
    }

    private static long awaitCount(String filter, long n) throws Exception {
        return server.awaitCount(countPath(filter), n);
    }
}
