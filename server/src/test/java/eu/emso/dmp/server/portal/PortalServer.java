package eu.emso.dmp.server.portal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.store.StoreSettings;
import eu.emso.dmp.server.DmpServer;
import eu.emso.dmp.server.config.ServerSettings;
import eu.emso.dmp.server.mqtt.MqttSettings;
import eu.emso.dmp.server.testing.TempDirs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A whole server on free ports (HTTP, MQTT and MQTT over WebSocket) with its own embedded
 * database in a temporary directory, and an HTTP client for it.
 */
final class PortalServer implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final Path dir;
    private final DmpServer server;

    private PortalServer(Path dir, DmpServer server) {
        this.dir = dir;
        this.server = server;
    }

    static PortalServer start() throws Exception {
        Path dir = TempDirs.create("dmp-portal-");
        ServerSettings s = new ServerSettings(0, 0, dir.resolve("data"), Optional.empty(), Optional.empty(),
                "dmp", "", 4, new StoreSettings(100, 10_000), MqttSettings.defaults().withWsPort(0));
        try {
            return new PortalServer(dir, DmpServer.start(s));
        } catch (Exception | Error e) {
            TempDirs.delete(dir);
            throw e;
        }
    }

    String url() {
        return "http://localhost:" + server.port();
    }

    /** GET of a path (query already encoded) answered 200, as JSON. */
    JsonNode json(String path) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + ": " + r.statusCode() + " " + r.body());
        }
        try {
            return Json.mapper().readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : url() + path)).GET());
    }

    /** POST of JSON to a SensorThings path, expected to be created. */
    HttpResponse<String> post(String path, String json) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url() + "/v1.1/" + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
        if (r.statusCode() != 201) {
            throw new AssertionError("POST " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        TempDirs.delete(dir);
    }
}
