package eu.emso.dmp.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.model.store.WriteOutcome.Status;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Writers racing into a month that has no partition yet all succeed (no "already exists"). */
class ConcurrentPartitionTest {

    @Test
    @DisplayName("eight concurrent first writes into a new month are all stored")
    void concurrentFirstWritesIntoNewMonth() throws Exception {
        StoreFixture f = StoreFixture.get();
        long ds = f.datastream("partition race", 2.0, 41.0);
        long feature = Batches.feature(2.0, 41.0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<WriteOutcome>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                OffsetDateTime t = OffsetDateTime.parse("2077-03-01T00:00:00Z").plusMinutes(i);
                Callable<List<WriteOutcome>> write = () -> f.store().writeObservations(
                        List.of(ObservationRow.number(ds, feature, t, 12.5, null)));
                results.add(pool.submit(write));
            }
            for (Future<List<WriteOutcome>> r : results) {
                assertThat(r.get().get(0).status()).isEqualTo(Status.CREATED);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
