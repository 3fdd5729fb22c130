package eu.emso.dmp.server.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.emso.dmp.server.config.FaultSettings;
import eu.emso.dmp.server.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL killed with {@code kill -9} under a write load: the server notices,
 * says so in its health, answers 503 with Retry-After instead of hanging, restarts the database
 * by itself, and afterwards every acknowledged observation is stored exactly once.
 */
class EmbeddedDatabaseKilledTest {

    @Test
    void killedDatabaseIsRestartedAndEveryAcknowledgedObservationIsKept() throws Exception {
        FaultSettings faults = new FaultSettings(Duration.ofSeconds(2), true, Duration.ofSeconds(5));
        try (TestServer server = TestServer.withFaults(faults)) {
            long ds = Stored.datastream(server.url());
            Set<Instant> acknowledged;
            List<String> failures;
            int refused;
            try (HealthProbe health = new HealthProbe(server.url(), "/health/ready");
                 WriteLoad load = new WriteLoad(server.url(), ds, 4)) {
                awaitAcknowledged(load, 200);
                ProcessHandle.of(postmasterPid(server.dataDir())).orElseThrow().destroyForcibly();
                String down = health.await("503", Duration.ofSeconds(30));
                assertNotNull(down, "readiness never reported the dead database: " + health.answers());
                assertTrue(down.contains("\"database\":{\"status\":\"DOWN\""), down);
                String up = health.await("200", Duration.ofSeconds(90));
                assertNotNull(up, "the database did not come back by itself: " + health.answers());
                int before = load.acknowledged().size();
                awaitAcknowledged(load, before + 100);
                load.close();
                acknowledged = load.acknowledged();
                failures = load.failures();
                refused = load.count(503);
            }
            assertEquals(List.of(), failures, "every answer is 201, or 503 with Retry-After, and none hangs");
            assertTrue(refused > 0, "some writes met the dead database and were refused with 503");
            List<Instant> stored = Stored.times(server.url(), ds);
            Set<Instant> distinct = new HashSet<>(stored);
            assertEquals(stored.size(), distinct.size(), "nothing is stored twice");
            Set<Instant> lost = new HashSet<>(acknowledged);
            lost.removeAll(distinct);
            assertEquals(Set.of(), lost, "every acknowledged observation is stored");
        }
    }

    private static void awaitAcknowledged(WriteLoad load, int n) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (load.acknowledged().size() < n) {
            if (System.nanoTime() > end) {
                throw new AssertionError("writes did not get through: " + load.acknowledged().size() + " of " + n
                        + " acknowledged; " + load.failures());
            }
            Thread.sleep(50);
        }
    }

    static long postmasterPid(Path dataDir) throws Exception {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/data/postmaster.pid")).get(0).strip());
    }
}
