package eu.emso.dmp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.cluster.LocalCluster;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Single creates and single reads per second against one node and against the load balancer in
 * front of two nodes of a {@code dmp cluster} deployment, with the replica's replay lag sampled
 * during the writes: {@code dmp bench-cluster [--seconds N] [--threads N] --out FILE.json}.
 */
public final class ClusterBenchMain {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ClusterBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = 15;
        int threads = 8;
        Path out = Path.of("cluster-bench.json");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path dir = Files.createTempDirectory("dmp-cluster-bench-", java.nio.file.attribute.PosixFilePermissions
                .asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x")));
        ObjectNode report = Json.mapper().createObjectNode();
        report.put("threads", threads).put("seconds", seconds)
                .put("cores", Runtime.getRuntime().availableProcessors());
        try {
            LocalCluster.up(dir, 2, Map.of("DMP_AUTH_WRITES", "open"), System.out);
            JsonNode cluster = Json.mapper().readTree(dir.resolve("cluster.json").toFile());
            String password = Files.readString(dir.resolve("primary").resolve("password")).strip();
            String lb = cluster.path("url").asText();
            long ds = datastream(lb);
            long[] clock = {0};
            for (String[] target : List.of(new String[] {"one node", cluster.path("nodes").get(0).asText()},
                    new String[] {"two nodes (HAProxy)", lb})) {
                ObjectNode r = report.putObject(target[0]);
                double[] lag = {0};
                Thread sampler = new Thread(() -> lag[0] = maxLagMillis(cluster.path("primary").asText(), password));
                sampler.start();
                r.put("creates_per_s", rate(threads, seconds, () -> {
                    Instant t = Instant.parse("2025-01-01T00:00:00Z").plusMillis(clockNext(clock));
                    return post(target[1], "{\"phenomenonTime\": \"" + t + "\", \"result\": 1.5, \"Datastream\":"
                            + " {\"@iot.id\": " + ds + "}}");
                }));
                sampler.interrupt();
                sampler.join();
                r.put("replica_replay_lag_max_ms", lag[0]);
                r.put("reads_per_s", rate(threads, seconds, () -> get(target[1] + "/v1.1/Datastreams(" + ds
                        + ")/Observations?$top=10&$orderby=phenomenonTime%20desc")));
                System.out.println(target[0] + ": " + r);
            }
        } finally {
            LocalCluster.down(dir, System.out);
        }
        Files.writeString(out, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
        System.out.println("wrote " + out);
    }

    private static synchronized long clockNext(long[] clock) {
        return clock[0]++;
    }

    interface Call {
        boolean run() throws Exception;
    }

    /** Successful calls per second of {@code threads} callers for {@code seconds}. */
    private static double rate(int threads, int seconds, Call call) throws Exception {
        AtomicLong ok = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> fs = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            fs.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    if (call.run()) {
                        ok.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        return Math.round(ok.get() / ((System.nanoTime() - start) / 1e9) * 10) / 10.0;
    }

    /** The largest replay lag pg_stat_replication reports until interrupted. */
    private static double maxLagMillis(String primary, String password) {
        double max = 0;
        try (Connection c = DriverManager.getConnection(primary, "dmp", password); Statement s = c.createStatement()) {
            while (!Thread.currentThread().isInterrupted()) {
                try (ResultSet rs = s.executeQuery("SELECT coalesce(max(extract(epoch FROM replay_lag)) * 1000, 0)"
                        + " FROM pg_stat_replication")) {
                    rs.next();
                    max = Math.max(max, rs.getDouble(1));
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            System.err.println("lag sampling: " + e);
        }
        return Math.round(max * 10) / 10.0;
    }

    private static long datastream(String lb) throws Exception {
        String body = "{\"name\": \"bench\", \"description\": \"d\", \"unitOfMeasurement\": {\"name\": \"degree Celsius\","
                + " \"symbol\": \"degC\", \"definition\": \"http://qudt.org/vocab/unit/DEG_C\"},"
                + " \"observationType\": \"http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement\","
                + " \"Thing\": {\"name\": \"bench\", \"description\": \"t\", \"Locations\": [{\"name\": \"l\","
                + " \"description\": \"l\", \"encodingType\": \"application/geo+json\", \"location\":"
                + " {\"type\": \"Point\", \"coordinates\": [1.75, 41.18]}}]},"
                + " \"Sensor\": {\"name\": \"s\", \"description\": \"s\", \"encodingType\": \"application/pdf\", \"metadata\": \"m\"},"
                + " \"ObservedProperty\": {\"name\": \"t\", \"definition\": \"http://example.org/t\", \"description\": \"t\"}}";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(lb + "/v1.1/Datastreams"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(r.body()));
        return Long.parseLong(location.substring(location.lastIndexOf('(') + 1, location.lastIndexOf(')')));
    }

    private static boolean post(String base, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1.1/Observations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 201;
    }

    private static boolean get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode() == 200;
    }
}
