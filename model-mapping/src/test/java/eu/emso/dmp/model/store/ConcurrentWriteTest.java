package eu.emso.dmp.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The production promise "no duplicates" under concurrency: the same batch written by several
 * writers at once (a sender that retries while its first attempt is still running) is stored
 * once, each row reported CREATED to exactly one writer and DUPLICATE to the others.
 */
class ConcurrentWriteTest {
    private static final int WRITERS = 3;
    private static final int ROWS = 200;
    private static final StoreFixture DB = StoreFixture.get();

    @Test
    @DisplayName("the same batch from three writers at once: every row stored once, CREATED for exactly one writer")
    void sameBatchFromSeveralWriters() throws Exception {
        long stream = DB.datastream("concurrent station", 0, 0);
        long foi = DB.entity("Observations(" + DB.observe(stream, "2024-10-01T00:00:00Z", "0") + ")/FeatureOfInterest")
                .id();
        List<ObservationRow> batch = new ArrayList<>();
        OffsetDateTime start = OffsetDateTime.parse("2024-10-02T00:00:00Z");
        for (int i = 0; i < ROWS; i++) {
            batch.add(ObservationRow.number(stream, foi, start.plusSeconds(10L * i), 13.0 + i / 100.0, null));
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<List<WriteOutcome>>> results = new ArrayList<>();
        try {
            for (int w = 0; w < WRITERS; w++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return DB.store().writeObservations(batch);
                }));
            }
            go.countDown();
            List<List<WriteOutcome>> outcomes = new ArrayList<>();
            for (Future<List<WriteOutcome>> f : results) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            for (int i = 0; i < ROWS; i++) {
                int row = i;
                List<WriteOutcome> forRow = outcomes.stream().map(o -> o.get(row)).toList();
                assertThat(forRow).extracting(WriteOutcome::status).as("row %d", i)
                        .containsOnlyOnce(WriteOutcome.Status.CREATED)
                        .containsOnly(WriteOutcome.Status.CREATED, WriteOutcome.Status.DUPLICATE);
                assertThat(forRow).extracting(WriteOutcome::id).as("row %d", i).containsOnly(forRow.get(0).id());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(DB.read("Datastreams(" + stream + ")/Observations", "$count", "true", "$top", "1").count())
                .isEqualTo(ROWS + 1L);
    }
}
