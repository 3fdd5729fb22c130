package eu.emso.dmp.server.qc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The per-Datastream quality-control lock is taken only where tests read stored neighbours: a
 * Datastream whose tests look at single points is written while another transaction holds its
 * lock, one with a spike test waits for it (docs/quality-control.md).
 */
class QcLockTest extends QcDatabaseTest {
    private static final ExecutorService THREADS = Executors.newFixedThreadPool(2);

    @AfterAll
    static void stopThreads() {
        THREADS.shutdownNow();
    }

    @Test
    void aDatastreamOfPointTestsIsWrittenWhileItsLockIsHeld() throws Exception {
        long ds = datastream("{\"qartod\": {\"gross_range_test\": {\"fail_span\": [8, 40], \"suspect_span\": [10, 32]}}}");
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = holdLock(ds, release);
        try {
            write(ds).get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
        }
        holder.get(10, TimeUnit.SECONDS);
        assertThat(db.stored(ds)).hasSize(1);
    }

    @Test
    void aDatastreamWithASpikeTestWaitsForItsLock() throws Exception {
        long ds = datastream("{\"qartod\": {\"spike_test\": {\"suspect_threshold\": 1, \"fail_threshold\": 3}}}");
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = holdLock(ds, release);
        Future<?> writing;
        try {
            writing = write(ds);
            Thread.sleep(500);
            assertThat(writing.isDone()).as("the write waits while the lock is held").isFalse();
        } finally {
            release.countDown();
        }
        holder.get(10, TimeUnit.SECONDS);
        writing.get(10, TimeUnit.SECONDS);
        assertThat(db.stored(ds)).hasSize(1);
    }

    private static long datastream(String qc) throws Exception {
        ObjectNode props = Json.mapper().createObjectNode();
        props.set("quality_control", Json.mapper().readTree(qc));
        return db.datastream("TEMP", props);
    }

    /** Holds the Datastream's quality-control lock in a transaction until {@code release}; returns once held. */
    private static Future<?> holdLock(long ds, CountDownLatch release) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        Future<?> f = THREADS.submit(() -> db.history().write(h -> {
            h.lock(List.of(ds));
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertThat(held.await(10, TimeUnit.SECONDS)).as("lock taken").isTrue();
        return f;
    }

    private static Future<?> write(long ds) {
        return THREADS.submit(() -> db.store.writeObservations(List.of(
                QcDatabase.row(ds, feature, TestSeries.time(0), 13.5, null, null))));
    }
}
