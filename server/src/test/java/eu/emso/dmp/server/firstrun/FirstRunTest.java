package eu.emso.dmp.server.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.server.testing.TempDirs;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * As root, from a copy of the checkout ({@code dmp}, {@code config/}) in a home directory of mode
 * 0700 that the database's unprivileged user cannot enter, {@code dmp serve} with its default
 * data directory starts, says where the database lives instead, and takes writes.
 */
class FirstRunTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theServerStartsFromACheckoutInAPrivateHomeDirectoryAsRoot() throws Exception {
        Assumptions.assumeTrue(isRoot(), "not running as root: a first run as root in a 0700 home is not tried");
        Path dir = TempDirs.create("first-run-");
        Path home = Files.createDirectory(dir.resolve("home"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path clone = Files.createDirectory(home.resolve("emso-dmp"));
        Path cluster = clone.resolve("data").resolve("postgres");
        Process server = null;
        try {
            copy(Path.of("..", "dmp"), clone.resolve("dmp"));
            copy(Path.of("..", "config"), clone.resolve("config"));
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path log = dir.resolve("server.log");
            ProcessBuilder b = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-cp", System.getProperty("java.class.path"), "eu.emso.dmp.server.Main", "serve",
                    "--port", Integer.toString(port)).directory(clone.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            b.environment().put("DMP_MQTT_ENABLED", "false");
            server = b.start();
            String url = "http://localhost:" + port;
            awaitHealthy(server, url, log);

            assertThat(Files.readString(log)).contains("cannot reach " + cluster, "/var/lib/dmp/");
            assertThat(Files.isSymbolicLink(cluster)).isTrue();
            assertThat(cluster.toRealPath().toString()).startsWith("/var/lib/dmp/");
            HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/v1.1/Things"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"first run\",\"description\":\"as root\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isIn(201, 401, 403);
        } finally {
            if (server != null) {
                server.destroy();
                server.waitFor(60, TimeUnit.SECONDS);
            }
            if (Files.isSymbolicLink(cluster)) {
                TempDirs.delete(cluster.toRealPath());
            }
            TempDirs.delete(dir);
        }
    }

    private static void awaitHealthy(Process server, String url, Path log) throws Exception {
        for (int i = 0; i < 1200; i++) {
            assertThat(server.isAlive()).as("the server exited: " + Files.readString(log)).isTrue();
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(url + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not become ready: " + Files.readString(log));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path p : (Iterable<Path>) tree::iterator) {
                Files.copy(p, to.resolve(from.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static boolean isRoot() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
