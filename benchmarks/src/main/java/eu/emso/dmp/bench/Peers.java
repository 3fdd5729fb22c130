package eu.emso.dmp.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Starts the two servers under test as child JVMs with the same heap limit, each on its own
 * database of the shared {@link PgCluster}: our server ({@code eu.emso.dmp.server.Main serve},
 * on this JVM's classpath, database given by {@code DMP_DB_URL}) and FROST-Server (the
 * frost-runner module: {@code <frostHome>/classes} plus {@code <frostHome>/frost-lib/*}).
 * Stateless.
 */
public final class Peers {
    /** Heap limit of both servers. */
    public static final String HEAP = "-Xmx1g";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private Peers() {
    }

    public static ServerProcess startOurs(PgCluster pg, Path workDir) throws IOException, InterruptedException {
        int port = freePort();
        int mqtt = freePort();
        Path data = Files.createDirectories(workDir.resolve("dmp-data"));
        List<String> cmd = List.of(java(), HEAP, gcLog(workDir, "dmp-server"), "-cp", System.getProperty("java.class.path"),
                "eu.emso.dmp.server.Main", "serve", "--port", Integer.toString(port), "--mqtt-port", Integer.toString(mqtt),
                "--data", data.toString());
        // every listener on a free port (or none), so that a server running beside the bench is no obstacle
        Map<String, String> env = Map.of("DMP_DB_URL", pg.url(PgCluster.OURS), "DMP_DB_USER", pg.user(),
                "DMP_DB_PASSWORD", pg.password(), "DMP_STA_TOP_MAX", "10000",
                "DMP_MQTT_WS_PORT", Integer.toString(freePort()), "DMP_INGEST_TCP_PORT", "",
                "DMP_AUTH_WRITES", "open"); // the benchmark writes anonymously, as to FROST-Server
        return ServerProcess.start("our server", cmd, env, "http://127.0.0.1:" + port + "/v1.1", mqtt,
                workDir.resolve("dmp-server.log"), workDir.resolve("dmp-server-gc.log"), START_TIMEOUT);
    }

    public static ServerProcess startFrost(PgCluster pg, Path workDir, Path frostHome)
            throws IOException, InterruptedException {
        if (!Files.isDirectory(frostHome.resolve("frost-lib"))) {
            throw new IOException("FROST-Server runner not built in " + frostHome
                    + ": run mvn -pl benchmarks -am package (or ./dmp bench)");
        }
        int port = freePort();
        int mqtt = freePort();
        String cp = frostHome.resolve("classes") + java.io.File.pathSeparator + frostHome.resolve("frost-lib") + "/*";
        List<String> cmd = List.of(java(), HEAP, gcLog(workDir, "frost-server"), "-cp", cp,
                "eu.emso.dmp.bench.frost.FrostRunner",
                "--port", Integer.toString(port), "--db-url", pg.url(PgCluster.FROST), "--db-user", pg.user(),
                "--db-password", pg.password(), "--max-top", "10000", "--mqtt-port", Integer.toString(mqtt),
                "--ws-port", Integer.toString(freePort()));
        return ServerProcess.start("FROST-Server", cmd, Map.of(), "http://127.0.0.1:" + port + "/FROST-Server/v1.1", mqtt,
                workDir.resolve("frost-server.log"), workDir.resolve("frost-server-gc.log"), START_TIMEOUT);
    }

    /** The JVM option that logs every garbage collection to {@code <name>-gc.log}: the heap record. */
    private static String gcLog(Path workDir, String name) {
        return "-Xlog:gc:file=" + workDir.resolve(name + "-gc.log");
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
