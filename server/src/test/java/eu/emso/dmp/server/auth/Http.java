package eu.emso.dmp.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for the tests: requests with or without credentials, JSON answers. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String root;

    Http(String root) {
        this.root = root;
    }

    /** The {@code Authorization} value of HTTP Basic. */
    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a request; {@code header} is "Name: value" or null, {@code type} the body's media type. */
    HttpResponse<String> send(String method, String path, String type, String body, String header) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path)).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        if (header != null) {
            int colon = header.indexOf(':');
            b.header(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POSTs JSON to the SensorThings 1.1 path with an {@code Authorization} value (or null). */
    HttpResponse<String> post(String staPath, String json, String authorization) {
        return send("POST", "/v1.1/" + staPath, "application/json", json,
                authorization == null ? null : "Authorization: " + authorization);
    }

    /** The {@code @iot.id} in the Location of a 201. */
    static long created(HttpResponse<String> r) {
        if (r.statusCode() != 201) {
            throw new AssertionError("expected 201, got " + r.statusCode() + ": " + r.body());
        }
        String loc = r.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(loc.substring(loc.lastIndexOf('(') + 1, loc.lastIndexOf(')')));
    }

    /** The number of entities in a SensorThings collection. */
    long count(String set) {
        return json(send("GET", "/v1.1/" + set + "?$count=true&$top=0", null, null, null)).path("@iot.count").asLong();
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    /** A Thing with one Datastream (new Sensor and ObservedProperty); returns {thing id, datastream id}. */
    long[] thingWithDatastream(String name, String authorization) {
        long thing = created(post("Things", "{\"name\":\"" + name + "\",\"description\":\"d\",\"Locations\":[{\"name\":"
                + "\"here\",\"description\":\"d\",\"encodingType\":\"application/geo+json\",\"location\":"
                + "{\"type\":\"Point\",\"coordinates\":[1.75,41.18]}}]}", authorization));
        long ds = created(post("Things(" + thing + ")/Datastreams", """
                {"name":"%s ds","description":"d","observationType":"http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
                 "unitOfMeasurement":{"name":"degree Celsius","symbol":"degC","definition":"http://qudt.org/vocab/unit/DEG_C"},
                 "Sensor":{"name":"%s s","description":"d","encodingType":"text/html","metadata":"x"},
                 "ObservedProperty":{"name":"%s p","definition":"http://example.org/%s","description":"d"}}
                """.formatted(name, name, name, name), authorization));
        return new long[] {thing, ds};
    }
}
