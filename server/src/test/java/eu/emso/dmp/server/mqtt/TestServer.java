package eu.emso.dmp.server.mqtt;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.store.StoreSettings;
import eu.emso.dmp.server.DmpServer;
import eu.emso.dmp.server.config.ServerSettings;
import eu.emso.dmp.server.testing.TempDirs;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A whole server on free ports with its own embedded database in a temporary directory (mode
 * 0755, so that PostgreSQL can run unprivileged when the tests run as root), and an HTTP client.
 */
final class TestServer implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final Path dir;
    private final ServerSettings settings;
    private DmpServer server;
    private volatile String authorization;

    private TestServer(Path dir, ServerSettings settings, DmpServer server) {
        this.dir = dir;
        this.settings = settings;
        this.server = server;
    }

    /** Stops the server and starts a new one on the same data directory and settings (new ports). */
    void restart() throws Exception {
        server.close();
        server = DmpServer.start(settings);
    }

    /** A server with the embedded broker on free TCP and WebSocket ports. */
    static TestServer start() throws Exception {
        return start(MqttSettings.defaults().withWsPort(0));
    }

    static TestServer start(MqttSettings mqtt) throws Exception {
        return start(mqtt, eu.emso.dmp.server.auth.AuthSettings.open());
    }

    /** A server whose writes follow {@code auth} (the other fixtures open writes to anyone). */
    static TestServer start(MqttSettings mqtt, eu.emso.dmp.server.auth.AuthSettings auth) throws Exception {
        Path dir = TempDirs.create("dmp-mqtt-");
        ServerSettings s = new ServerSettings(0, 0, dir.resolve("data"), Optional.empty(), Optional.empty(),
                "dmp", "", 4, new StoreSettings(100, 10_000), mqtt)
                .withAuth(auth);
        try {
            return new TestServer(dir, s, DmpServer.start(s));
        } catch (Exception | Error e) {
            TempDirs.delete(dir);
            throw e;
        }
    }

    DmpServer server() {
        return server;
    }

    /** {@code tcp://localhost:<port>} of the embedded broker. */
    String brokerUri() {
        return "tcp://localhost:" + server.mqtt().port();
    }

    String root() {
        return "http://localhost:" + server.port() + "/v1.1";
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(root() + "/" + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> patch(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(root() + "/" + path)).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(root() + "/" + path)).DELETE().build());
    }

    /** GET below {@code /v1.1} (or the full URL when {@code path} starts with http), as JSON. */
    JsonNode get(String path) throws IOException, InterruptedException {
        String url = path.startsWith("http") ? path : root() + "/" + path;
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url)).GET().build());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + ": " + r.statusCode() + " " + r.body());
        }
        return Json.mapper().readTree(r.body());
    }

    /**
     * The {@code @iot.count} of {@code countPath} (below {@code /v1.1}) once it reaches {@code n},
     * or after ten seconds: for creates that the broker's lanes store after the publish returned.
     */
    long awaitCount(String countPath, long n) throws Exception {
        long end = System.currentTimeMillis() + 10_000;
        long c = get(countPath).get("@iot.count").asLong();
        while (c < n && System.currentTimeMillis() < end) {
            Thread.sleep(50);
            c = get(countPath).get("@iot.count").asLong();
        }
        return c;
    }

    /** POSTs and returns the created entity's id. */
    long create(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> r = post(path, json);
        if (r.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + ": " + r.statusCode() + " " + r.body());
        }
        return Json.mapper().readTree(r.body()).get("@iot.id").asLong();
    }

    /** Sends {@code authorization} (e.g. HTTP Basic) with the requests from now on; null: none. */
    void authorize(String authorization) {
        this.authorization = authorization;
    }

    private HttpResponse<String> send(HttpRequest r) throws IOException, InterruptedException {
        String a = authorization;
        HttpRequest signed = a == null ? r : HttpRequest.newBuilder(r, (n, v) -> true).header("Authorization", a).build();
        return HTTP.send(signed, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws IOException {
        server.close();
        TempDirs.delete(dir);
    }
}
