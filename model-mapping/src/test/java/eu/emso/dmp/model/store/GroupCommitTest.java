package eu.emso.dmp.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.emso.dmp.model.entity.InvalidEntityException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Single observations created at the same time share one transaction, and each caller still
 * gets its own outcome: its id, its conflict, or its error.
 */
class GroupCommitTest {
    private static final StoreFixture DB = StoreFixture.get();
    private static final int CALLERS = 8;

    /**
     * Writes {@code rows} from one thread each through a group commit whose first write waits
     * until every caller has queued its row, so the others are stored together; returns each
     * caller's outcome or exception, in row order, and records the batch sizes.
     */
    private static List<Object> concurrently(List<ObservationRow> rows, List<Integer> batches) throws Exception {
        AtomicInteger calling = new AtomicInteger();
        CountDownLatch first = new CountDownLatch(1);
        Function<List<ObservationRow>, List<WriteOutcome>> writer = batch -> {
            batches.add(batch.size());
            if (first.getCount() > 0) {
                first.countDown();
                awaitCallers(calling, rows.size());
            }
            return DB.store().writeObservations(batch);
        };
        GroupCommit group = new GroupCommit(writer);
        ExecutorService pool = Executors.newFixedThreadPool(rows.size());
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                ObservationRow row = rows.get(i);
                boolean leader = i == 0;
                results.add(pool.submit(() -> {
                    if (!leader) {
                        first.await();
                    }
                    calling.incrementAndGet();
                    try {
                        return (Object) group.write(row);
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            List<Object> out = new ArrayList<>();
            for (Future<Object> f : results) {
                out.add(f.get(60, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitCallers(AtomicInteger calling, int n) {
        try {
            while (calling.get() < n) {
                Thread.sleep(5);
            }
            Thread.sleep(200); // the last callers queue their rows right after counting themselves
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ObservationRow row(long stream, long feature, String time, double value) {
        return ObservationRow.number(stream, feature, OffsetDateTime.parse(time), value, null);
    }

    private static long feature(long stream) {
        return DB.entity("Observations(" + DB.observe(stream, "2023-01-01T00:00:00Z", "0") + ")/FeatureOfInterest").id();
    }

    @Test
    @DisplayName("callers arriving while a write runs are stored together in the next transaction")
    void concurrentCallersShareOneTransaction() throws Exception {
        long stream = DB.datastream("group commit station", 1, 41);
        long foi = feature(stream);
        List<ObservationRow> rows = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            rows.add(row(stream, foi, "2023-02-01T00:00:0" + i + "Z", 14 + i / 10.0));
        }
        List<Integer> batches = new CopyOnWriteArrayList<>();
        List<Object> out = concurrently(rows, batches);
        assertThat(out).allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(WriteOutcome.class,
                w -> assertThat(w.status()).isEqualTo(WriteOutcome.Status.CREATED)));
        assertThat(out).extracting(o -> ((WriteOutcome) o).id()).doesNotHaveDuplicates();
        assertThat(batches).containsExactly(1, CALLERS - 1);
        assertThat(DB.read("Datastreams(" + stream + ")/Observations", "$count", "true", "$top", "1").count())
                .isEqualTo(CALLERS + 1L);
    }

    @Test
    @DisplayName("a row that cannot be stored fails its own caller only; a second result at one time conflicts")
    void oneBadRowFailsOnlyItsCaller() throws Exception {
        long stream = DB.datastream("group commit errors", 2, 41);
        long foi = feature(stream);
        List<ObservationRow> rows = new ArrayList<>();
        rows.add(row(stream, foi, "2023-03-01T00:00:00Z", 14));
        rows.add(row(stream, foi, "2023-03-01T00:00:01Z", 14.1));
        rows.add(row(Long.MAX_VALUE, foi, "2023-03-01T00:00:02Z", 14.2));
        rows.add(row(stream, foi, "2023-03-01T00:00:03Z", 14.3));
        rows.add(row(stream, foi, "2023-03-01T00:00:03Z", 99.9));
        List<Integer> batches = new CopyOnWriteArrayList<>();
        List<Object> out = concurrently(rows, batches);
        assertThat(out.get(0)).isInstanceOf(WriteOutcome.class);
        assertThat(out.get(1)).isInstanceOf(WriteOutcome.class);
        assertThat(out.get(2)).isInstanceOf(InvalidEntityException.class);
        List<WriteOutcome.Status> sameTime = List.of(((WriteOutcome) out.get(3)).status(),
                ((WriteOutcome) out.get(4)).status());
        assertThat(sameTime).containsExactlyInAnyOrder(WriteOutcome.Status.CREATED, WriteOutcome.Status.CONFLICT);
        assertThat(batches.subList(0, 2)).containsExactly(1, rows.size() - 1);
        assertThat(DB.read("Datastreams(" + stream + ")/Observations", "$count", "true", "$top", "1").count())
                .isEqualTo(1L + 3);
    }

    @Test
    @DisplayName("POSTed observations from many threads at once: each gets its own new id, all are stored")
    void concurrentPosts() throws Exception {
        long stream = DB.datastream("group commit posts", 3, 41);
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Long>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        String time = OffsetDateTime.parse("2023-04-01T00:00:00Z").plusSeconds(thread * 1000L + i).toString();
                        ids.add(DB.observe(stream, time, Double.toString(15 + i / 100.0)));
                    }
                    return ids;
                }));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<List<Long>> f : results) {
                ids.addAll(f.get(120, TimeUnit.SECONDS));
            }
            assertThat(ids).hasSize(threads * each).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
        assertThat(DB.read("Datastreams(" + stream + ")/Observations", "$count", "true", "$top", "1").count())
                .isEqualTo((long) threads * each);
    }

    @Test
    @DisplayName("a POSTed Observation naming a Datastream or feature that does not exist is a client error naming it")
    void unknownReferences() {
        long stream = DB.datastream("group commit references", 4, 41);
        long foi = feature(stream);
        assertThatThrownBy(() -> DB.create("Observations", """
                {"phenomenonTime": "2023-05-01T00:00:00Z", "result": 1,
                 "Datastream": {"@iot.id": 987654321}, "FeatureOfInterest": {"@iot.id": %d}}""".formatted(foi)))
                .isInstanceOf(InvalidEntityException.class).hasMessageContaining("no Datastream with id 987654321");
        assertThatThrownBy(() -> DB.create("Observations", """
                {"phenomenonTime": "2023-05-01T00:00:00Z", "result": 1,
                 "Datastream": {"@iot.id": %d}, "FeatureOfInterest": {"@iot.id": 987654321}}""".formatted(stream)))
                .isInstanceOf(InvalidEntityException.class).hasMessageContaining("no FeatureOfInterest with id 987654321");
        assertThatThrownBy(() -> DB.create("Observations", """
                {"phenomenonTime": "2023-05-01T00:00:00Z", "result": 1, "Datastream": {"@iot.id": 987654321}}"""))
                .isInstanceOf(InvalidEntityException.class).hasMessageContaining("no Datastream with id 987654321");
        assertThat(DB.read("Datastreams(" + stream + ")/Observations", "$count", "true", "$top", "1").count())
                .isEqualTo(1L);
    }
}
