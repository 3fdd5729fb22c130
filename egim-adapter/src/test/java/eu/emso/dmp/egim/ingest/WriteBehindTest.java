package eu.emso.dmp.egim.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Writes run in order on their own thread, at most two wait, and the first failure reaches the ingesting thread. */
class WriteBehindTest {

    @Test
    void writesRunInTheOrderHandedOverAndAwaitWaitsForAll() {
        List<Integer> done = new CopyOnWriteArrayList<>();
        try (WriteBehind w = new WriteBehind()) {
            for (int i = 0; i < 20; i++) {
                int n = i;
                w.submit(() -> done.add(n));
            }
            w.await();
            assertThat(done).hasSize(20).isSorted();
        }
    }

    @Test
    void aHandOverWaitsWhileTwoWritesAreInFlight() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch third = new CountDownLatch(1);
        try (WriteBehind w = new WriteBehind()) {
            w.submit(() -> awaitQuietly(release));
            w.submit(() -> { });
            Thread producer = new Thread(() -> {
                w.submit(() -> { });
                third.countDown();
            });
            producer.start();
            assertThat(third.await(300, TimeUnit.MILLISECONDS)).as("third hand-over blocked").isFalse();
            release.countDown();
            assertThat(third.await(10, TimeUnit.SECONDS)).isTrue();
            producer.join();
            w.await();
        }
    }

    @Test
    void theFirstFailureStopsLaterWritesAndIsThrownToTheCaller() {
        List<String> done = new CopyOnWriteArrayList<>();
        try (WriteBehind w = new WriteBehind()) {
            w.submit(() -> {
                throw new IllegalStateException("database gone");
            });
            assertThatThrownBy(() -> {
                w.submit(() -> done.add("after"));
                w.await();
            }).isInstanceOf(IllegalStateException.class).hasMessage("database gone");
            assertThat(done).isEmpty();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
