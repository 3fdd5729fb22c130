package eu.emso.dmp.server.federation;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.server.testing.TestServer;
import java.time.Duration;

/**
 * Harvest throughput (a program, not a timed test): loads {@code N} observations into one server
 * with plain dataArray requests (timed: the reference), then has a second server harvest them over
 * SensorThings (timed), both through the whole write path with quality control. Run as
 * {@code java -cp <test classpath> eu.emso.dmp.server.federation.FederationBenchmark [N] [page]}.
 */
public final class FederationBenchmark {
    private FederationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int page = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        FederationSettings settings = new FederationSettings(Duration.ofHours(1), page, Duration.ofSeconds(60), 4,
                Duration.ofSeconds(1), Duration.ofSeconds(5));
        try (TestServer remote = TestServer.start(null); TestServer local = TestServer.withFederation(settings)) {
            long stream = RemoteData.thing(remote, "bench", "TEMP").get(0);
            long t0 = System.nanoTime();
            RemoteData.observations(remote, stream, 0, n);
            double load = (System.nanoTime() - t0) / 1e9;
            RemoteData.addSource(local, "bench", remote.url() + "/v1.1", null);
            long t1 = System.nanoTime();
            JsonNode c = RemoteData.run(local, "bench");
            double harvest = (System.nanoTime() - t1) / 1e9;
            System.out.printf("observations %d, page %d%n", n, page);
            System.out.printf("dataArray load: %.1f s, %.0f obs/s%n", load, n / load);
            System.out.printf("harvest:        %.1f s, %.0f obs/s (%s)%n", harvest, c.path("observations").asLong()
                    / harvest, c);
        }
    }
}
