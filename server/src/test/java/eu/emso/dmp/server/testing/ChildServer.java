package eu.emso.dmp.server.testing;

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
public final class ChildServer implements AutoCloseable {
    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private final Process process;
    /** The root URL, e.g. {@code http://localhost:PORT}. */
    public final String url;

    private ChildServer(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts {@code dmp serve} on {@code data}, its output appended to {@code log}, and waits until it is healthy. */
    public static ChildServer start(Path data, Path log) throws Exception {
        return start(data, log, java.util.Map.of());
    }

    /** As {@link #start(Path, Path)}, with extra environment variables (settings as {@code DMP_...}). */
    public static ChildServer start(Path data, Path log, java.util.Map<String, String> env) throws Exception {
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
        builder.environment().put("DMP_AUTH_WRITES", "open"); // the tests write anonymously, unless env says otherwise
        builder.environment().putAll(env);
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
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    /** Sends SIGTERM and returns at once. */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the process to end; returns its exit code, or -1 if it did not end in time. */
    public int awaitExit(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
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
