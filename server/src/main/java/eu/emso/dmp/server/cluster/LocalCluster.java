package eu.emso.dmp.server.cluster;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.db.DbSettings;
import eu.emso.dmp.model.db.EmbeddedPostgres;
import eu.emso.dmp.model.db.Standby;
import eu.emso.dmp.model.json.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A scale-out deployment on one machine under one directory: a PostgreSQL primary
 * ({@code primary/}) and a streaming replica of it ({@code replica/}), one Mosquitto broker
 * shared by the nodes ({@code mosquitto/}), server nodes ({@code node-1/}, {@code node-2/}, ...)
 * on the primary with the replica as read URL and one shared drop directory ({@code drop/}), and
 * HAProxy in front ({@code haproxy.cfg}), each on a free port of 127.0.0.1. Logs are under
 * {@code logs/}, process ids under {@code run/}; {@code cluster.json} says where everything is.
 *
 * <p>{@link #up} returns once every part is ready; if one fails, what was started is stopped.
 * {@link #down} stops every part it finds a trace of (process id files, database clusters), so it
 * also cleans up after an {@code up} that died half-way. Stateless.
 */
public final class LocalCluster {
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_GRACE = Duration.ofSeconds(25);
    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final String HAPROXY = "haproxy";
    private static final String MOSQUITTO = "mosquitto";

    private LocalCluster() {
    }

    /** Starts a deployment with {@code nodeCount} server nodes in {@code dir}; the nodes get {@code env}. */
    public static void up(Path dir, int nodeCount, Map<String, String> env, PrintStream out) throws Exception {
        if (nodeCount < 1 || nodeCount > 16) {
            throw new IllegalArgumentException("--nodes must be between 1 and 16, was " + nodeCount);
        }
        Path root = dir.toAbsolutePath().normalize();
        if (Files.exists(root.resolve("cluster.json")) || anyRunning(root)) {
            throw new IllegalStateException("a deployment is in " + root + " already: dmp cluster down --dir " + dir
                    + " first");
        }
        for (Path d : List.of(root, root.resolve("run"), root.resolve("logs"), root.resolve("drop"))) {
            Files.createDirectories(d, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        }
        try {
            start(root, nodeCount, env, out);
        } catch (Exception | Error e) {
            out.println("cluster: start failed (" + e.getMessage() + "); stopping what was started");
            down(root, out);
            throw e;
        }
    }

    private static void start(Path root, int nodeCount, Map<String, String> env, PrintStream out) throws Exception {
        long t0 = System.nanoTime();
        step(out, t0, "PostgreSQL primary");
        EmbeddedPostgres primary = EmbeddedPostgres.start(root.resolve("primary"));
        DbSettings db = primary.settings(1);
        if (Standby.exists(root.resolve("replica"))) {
            step(out, t0, "streaming replica (kept from the last run)");
        } else {
            step(out, t0, "streaming replica (pg_basebackup)");
            Standby.create(root.resolve("replica"), db, primary.port());
        }
        EmbeddedPostgres replica = EmbeddedPostgres.start(root.resolve("replica"));

        step(out, t0, "Mosquitto");
        int mqttPort = freePort();
        Path mq = Files.createDirectories(root.resolve(MOSQUITTO));
        Files.writeString(mq.resolve("mosquitto.conf"), String.join("\n",
                "listener " + mqttPort + " 127.0.0.1",
                "allow_anonymous true",
                "persistence false",
                "max_queued_messages 0",
                "max_inflight_messages 0",
                "log_dest stdout",
                "log_type error",
                "log_type warning",
                ""));
        spawn(root, MOSQUITTO, List.of(MOSQUITTO, "-c", mq.resolve("mosquitto.conf").toString()), Map.of(), null);
        awaitPort(mqttPort, MOSQUITTO);

        // the nodes start at once: Flyway serialises their migrations; PostGIS is created before, once
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(primary.jdbcUrl(), db.user(), db.password());
                java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
        }
        List<String> nodes = new ArrayList<>();
        step(out, t0, nodeCount + " server nodes");
        for (int i = 1; i <= nodeCount; i++) {
            String name = "node-" + i;
            int port = freePort();
            Map<String, String> nodeEnv = new HashMap<>();
            nodeEnv.put("DMP_DB_POOL", "12");
            nodeEnv.putAll(env);
            nodeEnv.put("DMP_DB_URL", primary.jdbcUrl());
            nodeEnv.put("DMP_DB_USER", db.user());
            nodeEnv.put("DMP_DB_PASSWORD", db.password());
            nodeEnv.put("DMP_DB_READ_URL", replica.jdbcUrl());
            nodeEnv.put("DMP_MQTT_BROKER_URL", "tcp://127.0.0.1:" + mqttPort);
            nodeEnv.put("DMP_MQTT_WS_PORT", "-1");
            nodeEnv.put("DMP_INGEST_DROP_DIR", root.resolve("drop").toString());
            nodeEnv.putIfAbsent("DMP_INGEST_DROP_INTERVAL", "1");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx" + env.getOrDefault("DMP_CLUSTER_NODE_HEAP",
                    "384m"), "-cp", System.getProperty("java.class.path"), "eu.emso.dmp.server.Main", "serve",
                    "--port", Integer.toString(port), "--data", root.resolve(name).toString()));
            spawn(root, name, command, nodeEnv, null);
            nodes.add("http://127.0.0.1:" + port);
        }
        for (int i = 0; i < nodes.size(); i++) {
            awaitReady(nodes.get(i) + "/health/ready", root, "node-" + (i + 1));
        }

        step(out, t0, "HAProxy");
        int lbPort = freePort();
        StringBuilder cfg = new StringBuilder(String.join("\n",
                "global",
                "    maxconn 4096",
                "defaults",
                "    mode http",
                "    timeout connect 2s",
                "    timeout client 120s",
                "    timeout server 120s",
                "    retries 3",
                "    option redispatch",
                "    retry-on conn-failure empty-response response-timeout",
                "frontend dmp",
                "    bind 127.0.0.1:" + lbPort,
                "    default_backend nodes",
                "backend nodes",
                "    balance roundrobin",
                "    option httpchk GET /health/ready",
                "    http-check expect status 200",
                "    default-server inter 500ms fall 2 rise 2",
                ""));
        for (int i = 0; i < nodes.size(); i++) {
            cfg.append("    server node-").append(i + 1).append(' ').append(URI.create(nodes.get(i)).getAuthority())
                    .append(" check\n");
        }
        Files.writeString(root.resolve("haproxy.cfg"), cfg.toString());
        spawn(root, HAPROXY, List.of(HAPROXY, "-db", "-f", root.resolve("haproxy.cfg").toString()), Map.of(), null);
        String lb = "http://127.0.0.1:" + lbPort;
        awaitReady(lb + "/health/ready", root, HAPROXY);

        ObjectNode json = Json.mapper().createObjectNode();
        json.put("url", lb);
        ArrayNode n = json.putArray("nodes");
        nodes.forEach(n::add);
        ArrayNode m = json.putArray("mqtt");
        nodes.forEach(x -> m.add("127.0.0.1:" + mqttPort)); // one broker, shared by the nodes' clients
        json.put("primary", primary.jdbcUrl());
        json.putArray("replicas").add(replica.jdbcUrl());
        Path tmp = root.resolve("cluster.json.tmp");
        Files.writeString(tmp, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
        Files.move(tmp, root.resolve("cluster.json"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        step(out, t0, "ready: " + lb + " (" + root.resolve("cluster.json") + ")");
    }

    /** Stops every part of the deployment in {@code dir} that runs; idempotent. */
    public static void down(Path dir, PrintStream out) {
        Path root = dir.toAbsolutePath().normalize();
        // the load balancer first, then the nodes (a graceful stop each, at once), the broker, the databases
        stopProcesses(root, List.of(HAPROXY), out);
        List<String> nodes = pidNames(root).stream().filter(s -> s.startsWith("node-")).toList();
        stopProcesses(root, nodes, out);
        stopProcesses(root, pidNames(root), out);
        for (String db : List.of("replica", "primary")) {
            if (Files.exists(root.resolve(db))) {
                Standby.stop(root.resolve(db));
                out.println("cluster: stopped " + db);
            }
        }
        try {
            Files.deleteIfExists(root.resolve("cluster.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints what runs; true when every part does. */
    public static boolean status(Path dir, PrintStream out) {
        Path root = dir.toAbsolutePath().normalize();
        boolean all = Files.exists(root.resolve("cluster.json"));
        out.println("cluster.json: " + (all ? root.resolve("cluster.json") : "absent"));
        for (String name : pidNames(root)) {
            boolean alive = pid(root, name).isPresent();
            all &= alive;
            out.println(name + ": " + (alive ? "running" : "stopped"));
        }
        for (String db : List.of("primary", "replica")) {
            Optional<Long> pid = Standby.postmasterPid(root.resolve(db));
            all &= pid.isPresent();
            out.println(db + ": " + (pid.isPresent() ? "running (pid " + pid.get() + ")" : "stopped"));
        }
        return all;
    }

    private static boolean anyRunning(Path root) {
        return pidNames(root).stream().anyMatch(n -> pid(root, n).isPresent())
                || Standby.postmasterPid(root.resolve("primary")).isPresent()
                || Standby.postmasterPid(root.resolve("replica")).isPresent();
    }

    private static void step(PrintStream out, long t0, String what) {
        out.printf("cluster: %5.1f s  %s%n", (System.nanoTime() - t0) / 1e9, what);
        out.flush();
    }

    /** Starts {@code command} in a session of its own, output to {@code logs/<name>.log}, pid to {@code run/<name>.pid}. */
    private static void spawn(Path root, String name, List<String> command, Map<String, String> env, Path workDir)
            throws IOException {
        List<String> full = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            full.add(SETSID.toString()); // signals to the caller's terminal do not reach the deployment
        }
        full.addAll(command);
        ProcessBuilder b = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("logs").resolve(name + ".log").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        if (workDir != null) {
            b.directory(workDir.toFile());
        }
        b.environment().putAll(env);
        Process p;
        try {
            p = b.start();
        } catch (IOException e) {
            throw new IOException("cannot run " + command.get(0) + " (" + e.getMessage() + "); is it installed?", e);
        }
        Files.writeString(root.resolve("run").resolve(name + ".pid"), p.pid() + "\n");
    }

    private static List<String> pidNames(Path root) {
        Path run = root.resolve("run");
        if (!Files.isDirectory(run)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(run)) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".pid"))
                    .map(f -> f.substring(0, f.length() - 4)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The live process of {@code run/<name>.pid}. */
    private static Optional<ProcessHandle> pid(Path root, String name) {
        try {
            long pid = Long.parseLong(Files.readString(root.resolve("run").resolve(name + ".pid")).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** SIGTERM to each, then waits; whatever still runs after the grace period gets SIGKILL. */
    private static void stopProcesses(Path root, List<String> names, PrintStream out) {
        List<ProcessHandle> running = new ArrayList<>();
        List<String> stopped = new ArrayList<>();
        for (String name : names) {
            pid(root, name).ifPresent(p -> {
                p.destroy();
                running.add(p);
                stopped.add(name);
            });
        }
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (ProcessHandle p : running) {
            try {
                p.onExit().get(Math.max(1, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                p.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            } catch (java.util.concurrent.ExecutionException e) {
                // it ended anyway
            }
        }
        for (String name : names) {
            try {
                Files.deleteIfExists(root.resolve("run").resolve(name + ".pid"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (stopped.contains(name)) {
                out.println("cluster: stopped " + name);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    private static void awaitPort(int port, String name) throws Exception {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException(name + " does not listen on port " + port);
    }

    private static void awaitReady(String url, Path root, String name) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (pid(root, name).isEmpty()) {
                throw new IllegalStateException(name + " exited; see " + root.resolve("logs").resolve(name + ".log")
                        + ":\n" + tail(root.resolve("logs").resolve(name + ".log")));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                        .GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " was not ready at " + url + " within " + READY_TIMEOUT.toSeconds()
                + " s; see " + root.resolve("logs").resolve(name + ".log"));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }
}
