package eu.emso.dmp.server.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.emso.dmp.server.testing.ChildServer;
import eu.emso.dmp.server.testing.TempDirs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM under load ({@code dmp serve} in a child JVM): a large write in flight finishes and is
 * acknowledged, the process then stops by itself, and the next start finds every acknowledged
 * observation exactly once.
 */
class GracefulStopTest {
    private static final int BIG = 100_000;

    @Test
    void sigtermLetsTheWriteInFlightFinishAndLosesNothingAcknowledged() throws Exception {
        Path dir = TempDirs.create("dmp-graceful");
        Path data = dir.resolve("data");
        Path log = dir.resolve("server.log");
        Map<String, String> env = Map.of("DMP_HTTP_STOP_GRACE", "120");
        try {
            long ds;
            Set<Instant> acknowledged;
            ChildServer first = ChildServer.start(data, log, env);
            try {
                ds = Stored.datastream(first.url);
                try (WriteLoad load = new WriteLoad(first.url, ds, 2)) {
                    while (load.acknowledged().size() < 50) {
                        Thread.sleep(20);
                    }
                    CompletableFuture<HttpResponse<String>> big = HttpClient.newHttpClient().sendAsync(
                            HttpRequest.newBuilder(URI.create(first.url + "/v1.1/CreateObservations"))
                                    .header("Content-Type", "application/json").timeout(Duration.ofMinutes(3))
                                    .POST(HttpRequest.BodyPublishers.ofString(bigArray(ds))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    Thread.sleep(300);
                    load.expectStop();
                    first.terminate();
                    HttpResponse<String> answer = big.join();
                    assertEquals(201, answer.statusCode(), "the write in flight at SIGTERM finishes: " + answer.body());
                    assertTrue(!answer.body().contains("error"), answer.body().substring(0, Math.min(300, answer.body().length())));
                    assertNotEquals(-1, first.awaitExit(180), "the server stops by itself after SIGTERM");
                    load.close();
                    assertEquals(List.of(), load.failures(), "no 500 and no hang before the stop");
                    acknowledged = load.acknowledged();
                }
            } finally {
                first.kill();
            }
            try (ChildServer second = ChildServer.start(data, log, env)) {
                List<Instant> stored = Stored.times(second.url, ds);
                Set<Instant> distinct = new HashSet<>(stored);
                assertEquals(stored.size(), distinct.size(), "nothing is stored twice");
                assertTrue(distinct.containsAll(acknowledged), "every acknowledged single write is stored");
                long big = stored.stream().filter(t -> t.isAfter(BIG_T0.minusSeconds(1))).count();
                assertEquals(BIG, big, "the acknowledged large write is stored whole");
            }
        } finally {
            TempDirs.delete(dir);
        }
    }

    private static final Instant BIG_T0 = Instant.parse("2027-01-01T00:00:00Z");

    private static String bigArray(long ds) {
        StringBuilder rows = new StringBuilder(BIG * 40);
        for (int i = 0; i < BIG; i++) {
            rows.append(i > 0 ? "," : "").append("[\"").append(BIG_T0.plusSeconds(i)).append("\",").append(i % 30)
                    .append(']');
        }
        return "[{\"Datastream\":{\"@iot.id\":" + ds + "},\"components\":[\"phenomenonTime\",\"result\"],"
                + "\"dataArray\":[" + rows + "]}]";
    }
}
