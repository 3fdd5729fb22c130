package eu.emso.dmp.server.portal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.mqtt.MqttSettings;
import eu.emso.dmp.server.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A whole server on free ports (HTTP, MQTT and MQTT over WebSocket) with its own embedded
 * database, and the few requests the portal tests make of it.
 */
final class PortalServer implements AutoCloseable {
    private final TestServer server;

    private PortalServer(TestServer server) {
        this.server = server;
    }

    static PortalServer start() {
        return new PortalServer(TestServer.withMqtt(MqttSettings.defaults().withWsPort(0)));
    }

    String url() {
        return server.url();
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

    /** GET of a path, or of a URL on this server. */
    HttpResponse<String> get(String path) {
        return server.get(path.startsWith(url()) ? path.substring(url().length()) : path);
    }

    /** POST of JSON to a SensorThings path, expected to be created. */
    HttpResponse<String> post(String path, String json) {
        HttpResponse<String> r = server.send("POST", "/v1.1/" + path, json);
        if (r.statusCode() != 201) {
            throw new AssertionError("POST " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public void close() {
        server.close();
    }
}
