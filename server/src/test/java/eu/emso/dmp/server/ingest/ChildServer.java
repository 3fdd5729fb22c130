package eu.emso.dmp.server.ingest;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A {@code dmp serve} in a child JVM on a data directory, for tests that kill it. */
final class ChildServer implements AutoCloseable {
    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private final Process process;
    final String url;

    private ChildServer(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    static ChildServer start(Path data, Path log) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            // its own session: no signal meant for the server's process group reaches the test JVM
            command.add(SETSID.toString());
        }
        command.addAll(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "eu.emso.dmp.server.Main", "serve", "--port", Integer.toString(port), "--data", data.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("DMP_MQTT_ENABLED", "false"); // no fixed MQTT ports in tests
        Process p = builder.start();
        ChildServer c = new ChildServer(p, "http://localhost:" + port);
        c.awaitHealthy();
        return c;
    }

    private void awaitHealthy() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 1200; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url + "/health")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the server did not become healthy");
    }

    /** {@code kill -9}: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    /** A normal stop (SIGTERM), which stops the embedded database too. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
