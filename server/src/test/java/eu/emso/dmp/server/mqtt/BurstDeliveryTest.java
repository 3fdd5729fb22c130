package eu.emso.dmp.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.model.store.ObservationRow;
import eu.emso.dmp.model.store.WriteOutcome;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No loss at QoS 1 (OGC 18-088, 14.2 with MQTT 3.1.1 at-least-once delivery): a subscriber gets
 * every observation of a burst of 2,000, whether written as one batch through the store's write
 * path (what a CreateObservations request or an instrument ingest does) or by concurrent HTTP
 * POSTs.
 */
class BurstDeliveryTest {
    private static final int BURST = 2_000;
    private static TestServer server;
    private static Station obsea;
    private static long feature;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        obsea = Station.create(server, "OBSEA");
        long first = server.create("Datastreams(" + obsea.datastream() + ")/Observations",
                Station.observation("2016-12-31T00:00:00Z", 13.0));
        feature = server.get("Observations(" + first + ")/FeatureOfInterest").get("@iot.id").asLong();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aQos1SubscriberReceivesAllOfABatchOf2000() throws Exception {
        try (Inbox ds = Inbox.connect(server.brokerUri()); Inbox all = Inbox.connect(server.brokerUri())) {
            ds.subscribe("v1.1/Datastreams(" + obsea.datastream() + ")/Observations", 1);
            all.subscribe("v1.1/Observations", 1);
            OffsetDateTime t0 = OffsetDateTime.of(2017, 2, 1, 0, 0, 0, 0, ZoneOffset.UTC);
            List<ObservationRow> rows = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                rows.add(ObservationRow.number(obsea.datastream(), feature, t0.plusSeconds(10L * i), 13 + i / 1000.0, null));
            }
            Set<Long> created = new TreeSet<>();
            for (WriteOutcome o : server.server().entityStore().writeObservations(rows)) {
                assertThat(o.status()).isEqualTo(WriteOutcome.Status.CREATED);
                created.add(o.id());
            }
            assertThat(ids(ds.take(BURST, 60))).isEqualTo(created);
            assertThat(ids(all.take(BURST, 60))).isEqualTo(created);
        }
    }

    @Test
    void aQos1SubscriberReceivesAllOf2000ConcurrentHttpPosts() throws Exception {
        try (Inbox ds = Inbox.connect(server.brokerUri())) {
            ds.subscribe("v1.1/Datastreams(" + obsea.datastream() + ")/Observations", 1);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                Set<Long> created = postAll(pool);
                assertThat(ids(ds.take(BURST, 60))).isEqualTo(created);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static Set<Long> postAll(ExecutorService pool) throws Exception {
        // the month's partition is made by one request first: this test is about delivery, and
        // concurrent first writes into a new month are the store's concern
        Set<Long> created = new TreeSet<>();
        created.add(server.create("Datastreams(" + obsea.datastream() + ")/Observations",
                Station.observation("2018-01-01T00:00:00Z", 14.5)));
        List<Future<Long>> posts = new ArrayList<>();
        for (int i = 1; i < BURST; i++) {
            String time = OffsetDateTime.of(2018, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusSeconds(10L * i).toString();
            posts.add(pool.submit(() -> server.create("Datastreams(" + obsea.datastream() + ")/Observations",
                    Station.observation(time, 14.5))));
        }
        for (Future<Long> f : posts) {
            created.add(f.get());
        }
        assertThat(created).hasSize(BURST);
        return created;
    }

    private static Set<Long> ids(List<Inbox.Message> messages) {
        Set<Long> ids = new TreeSet<>();
        for (Inbox.Message m : messages) {
            assertThat(m.qos()).isEqualTo(1);
            ids.add(m.json().get("@iot.id").asLong());
        }
        return ids;
    }
}
