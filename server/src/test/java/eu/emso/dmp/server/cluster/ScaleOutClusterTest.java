package eu.emso.dmp.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.testing.TempDirs;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A deployment of {@code dmp cluster up} (primary, replica, Mosquitto, two nodes, HAProxy), run as
 * a user runs it, in a child process; the node kill comes last.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutClusterTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Path SAMPLES = Path.of("..", "egim-adapter", "src", "test", "resources", "samples");
    private static Path dir;
    private static JsonNode cluster;
    private static String lb;
    private static String nodeA;
    private static String nodeB;
    private static String primaryPassword;
    private static long datastream;

    @BeforeAll
    static void up() throws Exception {
        dir = TempDirs.create("cluster-");
        int exit = cli("up", Map.of("DMP_AUTH_WRITES", "open"));
        assertThat(exit).as("dmp cluster up; its output is in " + dir.resolve("cli.log")).isZero();
        cluster = Json.mapper().readTree(dir.resolve("cluster.json").toFile());
        lb = cluster.path("url").asText();
        nodeA = cluster.path("nodes").get(0).asText();
        nodeB = cluster.path("nodes").get(1).asText();
        primaryPassword = Files.readString(dir.resolve("primary").resolve("password")).strip();
        datastream = createDatastream();
    }

    @AfterAll
    static void down() throws Exception {
        if (dir == null) {
            return;
        }
        try {
            assertThat(cli("down", Map.of())).isZero();
            assertThat(cli("status", Map.of())).as("status after down: something still runs").isEqualTo(1);
            assertThat(Files.readString(dir.resolve("cli.log"))).doesNotContain(": running");
        } finally {
            Path logs = Files.createDirectories(Path.of("target", "cluster-logs"));
            try (var files = Files.list(dir.resolve("logs"))) {
                for (Path f : files.toList()) {
                    Files.copy(f, logs.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.copy(dir.resolve("cli.log"), logs.resolve("cli.log"), StandardCopyOption.REPLACE_EXISTING);
            TempDirs.delete(dir);
        }
    }

    @Test
    @Order(1)
    void writesThroughTheBalancerSpreadOverBothNodesAndLandOnce() throws Exception {
        double rowsA = metric(nodeA, "dmp_write_batch_rows_sum");
        double rowsB = metric(nodeB, "dmp_write_batch_rows_sum");
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> codes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Instant t = t0.plusSeconds(i);
            codes.add(pool.submit(() -> post(lb, "/v1.1/Observations", observation(t, 1)).statusCode()));
        }
        for (Future<Integer> c : codes) {
            assertThat(c.get()).isEqualTo(201);
        }
        pool.shutdown();

        assertThat(metric(nodeA, "dmp_write_batch_rows_sum") - rowsA).as("rows node A wrote").isPositive();
        assertThat(metric(nodeB, "dmp_write_batch_rows_sum") - rowsB).as("rows node B wrote").isPositive();
        Map<Instant, Integer> stored = stored(t0, t0.plusSeconds(200));
        assertThat(stored).hasSize(200);
        assertThat(stored.values()).containsOnly(1);
    }

    @Test
    @Order(2)
    void aSubscriberOnNodeBReceivesWhatNodeAWritesAndAnMqttCreateIsTakenByOneNode() throws Exception {
        String topic = "v1.1/Datastreams(" + datastream + ")/Observations";
        Set<String> received = ConcurrentHashMap.newKeySet();
        MqttClient subscriber = new MqttClient("tcp://" + cluster.path("mqtt").get(1).asText(), "cluster-sub-b",
                new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        subscriber.connect(options);
        subscriber.subscribe(topic, 1, (t, m) -> {
            JsonNode n = Json.mapper().readTree(m.getPayload());
            if (n.has("@iot.selfLink")) { // a node's notification, not a client's create request
                received.add(n.path("phenomenonTime").asText());
            }
        });
        Instant t0 = Instant.parse("2024-02-01T00:00:00Z");
        try {
            for (int i = 0; i < 50; i++) {
                assertThat(post(nodeA, "/v1.1/Observations", observation(t0.plusSeconds(i), 2)).statusCode())
                        .isEqualTo(201);
            }
            MqttClient publisher = new MqttClient("tcp://" + cluster.path("mqtt").get(0).asText(), "cluster-pub-a",
                    new MemoryPersistence());
            publisher.connect(options);
            for (int i = 50; i < 80; i++) {
                MqttMessage m = new MqttMessage(observation(t0.plusSeconds(i), 2).getBytes(StandardCharsets.UTF_8));
                m.setQos(1);
                publisher.publish(topic, m);
            }
            publisher.disconnect();
            publisher.close();
            for (int i = 0; i < 300 && received.size() < 80; i++) {
                Thread.sleep(100);
            }
        } finally {
            subscriber.disconnect();
            subscriber.close();
        }

        assertThat(received).hasSize(80);
        Map<Instant, Integer> stored = stored(t0, t0.plusSeconds(80));
        assertThat(stored).hasSize(80);
        assertThat(stored.values()).as("each MQTT create stored by one node only").containsOnly(1);
    }

    @Test
    @Order(3)
    void aReplicaSeesAWriteWithinTheBoundAndAClientReadsItsOwnWrite() throws Exception {
        String replica = cluster.path("replicas").get(0).asText();
        Instant t = Instant.parse("2024-03-01T00:00:00Z");
        HttpResponse<String> write = post(nodeA, "/v1.1/Observations", observation(t, 3));
        assertThat(write.statusCode()).isEqualTo(201);
        long written = System.nanoTime();
        String lsn = write.headers().firstValue("DMP-Commit-LSN").orElseThrow();
        String location = write.headers().firstValue("Location").orElseThrow();
        String path = URI.create(location).getPath();

        HttpResponse<String> own = HTTP.send(HttpRequest.newBuilder(URI.create(nodeB + path))
                .header("DMP-Read-After", lsn).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(own.statusCode()).as("read-your-writes on the other node").isEqualTo(200);

        long seenAfterMillis = -1;
        try (Connection c = DriverManager.getConnection(replica, "dmp", primaryPassword);
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM observations WHERE datastream_id = ?"
                        + " AND phenomenon_time_start = ?")) {
            s.setLong(1, datastream);
            s.setObject(2, java.time.OffsetDateTime.parse(t.toString()));
            while (System.nanoTime() - written < TimeUnit.SECONDS.toNanos(5)) {
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 1) {
                        seenAfterMillis = (System.nanoTime() - written) / 1_000_000;
                        break;
                    }
                }
                Thread.sleep(20);
            }
            // reads of the nodes are served on the replica: its observation table gets scanned
            long before = scans(c);
            for (int i = 0; i < 20; i++) {
                assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(lb + "/v1.1/Datastreams(" + datastream
                        + ")/Observations?$top=5")).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                        .isEqualTo(200);
            }
            Thread.sleep(600); // statistics are flushed at most once a second... or at transaction end on a standby
            assertThat(scans(c)).as("scans of observations on the replica").isGreaterThan(before);
        }
        assertThat(seenAfterMillis).as("ms until the replica had the write (bound: db.read.lag.max, 5 s)")
                .isBetween(0L, 5000L);

        HttpResponse<String> bad = HTTP.send(HttpRequest.newBuilder(URI.create(nodeB + path))
                .header("DMP-Read-After", "yesterday").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("DMP-Read-After");
    }

    @Test
    @Order(4)
    void theSharedDropDirectoryIngestsEachFileOnce() throws Exception {
        double before = metric(nodeA, "dmp_ingest_records_total") + metric(nodeB, "dmp_ingest_records_total");
        Path platform = Files.createDirectories(dir.resolve("drop").resolve("obsea"));
        int files = 12;
        for (int i = 0; i < files; i++) {
            Path hidden = platform.resolve(".copy-" + i);
            Files.copy(SAMPLES.resolve("sbe54-sample.xml"), hidden);
            Files.move(hidden, platform.resolve("tsunami-" + i + ".xml"), StandardCopyOption.ATOMIC_MOVE);
        }
        Path done = dir.resolve("drop").resolve("done");
        for (int i = 0; i < 600 && countsFiles(done) < files; i++) {
            Thread.sleep(100);
        }
        Thread.sleep(3000); // a second taking of a file, if there were one, would be counted by now

        assertThat(countsFiles(done)).isEqualTo(files);
        try (var failed = Files.list(dir.resolve("drop").resolve("failed"))) {
            assertThat(failed.toList()).isEmpty();
        }
        double after = metric(nodeA, "dmp_ingest_records_total") + metric(nodeB, "dmp_ingest_records_total");
        assertThat(after - before).as("records ingested by both nodes together (one per file)").isEqualTo(files);
    }

    @Test
    @Order(5)
    void killingANodeDuringAWriteLoadLosesNoAcknowledgedObservation() throws Exception {
        Instant t0 = Instant.parse("2024-04-01T00:00:00Z");
        Set<Instant> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger retried = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            running.add(writers.submit(() -> {
                while (!stop.get()) {
                    Instant t = t0.plusSeconds(next.getAndIncrement());
                    for (int attempt = 0; attempt < 50; attempt++) { // a client retries what was not acknowledged
                        try {
                            if (post(lb, "/v1.1/Observations", observation(t, 5)).statusCode() == 201) {
                                acknowledged.add(t);
                                break;
                            }
                        } catch (IOException e) {
                            // the connection broke: not acknowledged
                        }
                        retried.incrementAndGet();
                        Thread.sleep(100);
                    }
                }
                return null;
            }));
        }
        Thread.sleep(2000);
        long pid = Long.parseLong(Files.readString(dir.resolve("run").resolve("node-1.pid")).strip());
        ProcessHandle node = ProcessHandle.of(pid).orElseThrow();
        node.destroyForcibly(); // kill -9
        node.onExit().get(30, TimeUnit.SECONDS);
        int atKill = acknowledged.size();
        Thread.sleep(4000);
        stop.set(true);
        for (Future<?> f : running) {
            f.get(120, TimeUnit.SECONDS);
        }
        writers.shutdown();

        assertThat(acknowledged.size()).as("acknowledged after the kill: clients moved to node B").isGreaterThan(atKill);
        Map<Instant, Integer> stored = stored(t0, t0.plusSeconds(next.get()));
        assertThat(stored.keySet()).containsAll(acknowledged);
        assertThat(stored.values()).as("stored once each, retries included").containsOnly(1);
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(lb + "/health/ready")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
    }

    private static int cli(String command, Map<String, String> env) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder b = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                "eu.emso.dmp.server.Main", "cluster", command, "--dir", dir.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("cli.log").toFile()));
        b.environment().putAll(env);
        Process p = b.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private static long createDatastream() throws Exception {
        String body = """
                {"name": "cluster test", "description": "d", "unitOfMeasurement": {"name": "degree Celsius",
                 "symbol": "degC", "definition": "http://qudt.org/vocab/unit/DEG_C"},
                 "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
                 "Thing": {"name": "cluster thing", "description": "t", "Locations": [{"name": "OBSEA", "description": "l",
                  "encodingType": "application/geo+json", "location": {"type": "Point", "coordinates": [1.75, 41.18]}}]},
                 "Sensor": {"name": "s", "description": "s", "encodingType": "application/pdf", "metadata": "m"},
                 "ObservedProperty": {"name": "temperature", "definition": "http://vocab.nerc.ac.uk/collection/P01/current/TEMPPR01/",
                  "description": "t"}}""";
        HttpResponse<String> r = post(lb, "/v1.1/Datastreams", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String location = r.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('(') + 1, location.lastIndexOf(')')));
    }

    private static String observation(Instant t, double result) {
        return "{\"phenomenonTime\": \"" + t + "\", \"result\": " + result + ", \"Datastream\": {\"@iot.id\": "
                + datastream + "}}";
    }

    private static HttpResponse<String> post(String base, String path, String body) throws IOException,
            InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Observations of the test datastream in [from, to) on the primary, with how often each time is stored. */
    private static Map<Instant, Integer> stored(Instant from, Instant to) throws Exception {
        Map<Instant, Integer> out = new HashMap<>();
        try (Connection c = DriverManager.getConnection(cluster.path("primary").asText(), "dmp", primaryPassword);
                PreparedStatement s = c.prepareStatement("SELECT phenomenon_time_start, count(*) FROM observations"
                        + " WHERE datastream_id = ? AND phenomenon_time_start >= ? AND phenomenon_time_start < ?"
                        + " GROUP BY 1")) {
            s.setLong(1, datastream);
            s.setObject(2, java.time.OffsetDateTime.parse(from.toString()));
            s.setObject(3, java.time.OffsetDateTime.parse(to.toString()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getObject(1, java.time.OffsetDateTime.class).toInstant(), rs.getInt(2));
                }
            }
        }
        return out;
    }

    private static long scans(Connection replica) throws Exception {
        try (PreparedStatement s = replica.prepareStatement("SELECT coalesce(sum(coalesce(seq_scan, 0)"
                + " + coalesce(idx_scan, 0)), 0) FROM pg_stat_user_tables WHERE relname LIKE 'observations%'");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double metric(String node, String name) throws Exception {
        String text = HTTP.send(HttpRequest.newBuilder(URI.create(node + "/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        double sum = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    private static long countsFiles(Path done) throws IOException {
        try (var files = Files.list(done)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".counts.json")).count();
        }
    }
}
