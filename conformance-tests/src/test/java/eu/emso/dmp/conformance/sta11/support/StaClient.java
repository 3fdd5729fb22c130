package eu.emso.dmp.conformance.sta11.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SensorThings client for black-box tests: sends requests relative to one service root
 * ({@code http://host:port/v1.1}) and returns {@link StaResponse}s. Resource paths are written
 * as a user types them ({@code Things?$filter=name eq 'OBSEA'}); the client percent-encodes what a
 * URI cannot hold (spaces, quotes are kept, {@code +} is sent as {@code %2B}). Thread-safe.
 */
public final class StaClient {
    private static final Pattern ID_AT_END = Pattern.compile("\\((\\d+)\\)$");

    private final URI serviceRoot;
    private final HttpClient http;

    /** A client for the service at {@code serviceRoot}, e.g. {@code http://localhost:8080/v1.1}. */
    public StaClient(URI serviceRoot) {
        this.serviceRoot = serviceRoot;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The service root this client talks to, without a trailing slash. */
    public URI serviceRoot() {
        return serviceRoot;
    }

    /** {@code GET} of a path (with optional query) relative to the service root. */
    public StaResponse get(String relative) {
        return send("GET", resolve(relative), null);
    }

    /** {@code GET} of an absolute URL as the server wrote it, e.g. an {@code @iot.nextLink}. */
    public StaResponse getAbsolute(String url) {
        return send("GET", URI.create(url), null);
    }

    /** {@code POST} of a JSON body. */
    public StaResponse post(String relative, String json) {
        return send("POST", resolve(relative), json);
    }

    /** {@code PATCH} with a JSON body. */
    public StaResponse patch(String relative, String json) {
        return send("PATCH", resolve(relative), json);
    }

    /** {@code PUT} with a JSON body. */
    public StaResponse put(String relative, String json) {
        return send("PUT", resolve(relative), json);
    }

    /** {@code DELETE}. */
    public StaResponse delete(String relative) {
        return send("DELETE", resolve(relative), null);
    }

    /**
     * Posts {@code json} and returns the id of the created entity read from the {@code Location}
     * header.
     *
     * @throws AssertionError when the answer is not 201 with a Location ending in {@code (id)}
     */
    public long create(String relative, String json) {
        StaResponse response = post(relative, json);
        if (response.status() != 201 || response.location().isEmpty()) {
            throw new AssertionError("Expected 201 with Location: " + response.describe());
        }
        Matcher m = ID_AT_END.matcher(response.location().get());
        if (!m.find()) {
            throw new AssertionError("Location without (id): " + response.location().get());
        }
        return Long.parseLong(m.group(1));
    }

    /** The URI of {@code relative} under the service root, percent-encoded as described above. */
    public URI resolve(String relative) {
        int q = relative.indexOf('?');
        String path = serviceRoot.getPath() + "/" + (q < 0 ? relative : relative.substring(0, q));
        String query = q < 0 ? null : relative.substring(q + 1);
        try {
            URI raw = new URI(serviceRoot.getScheme(), null, serviceRoot.getHost(), serviceRoot.getPort(),
                    path, query, null);
            String ascii = raw.toASCIIString();
            int qm = ascii.indexOf('?');
            return qm < 0 ? URI.create(ascii)
                    : URI.create(ascii.substring(0, qm) + ascii.substring(qm).replace("+", "%2B"));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a resource path: " + relative, e);
        }
    }

    private StaResponse send(String method, URI uri, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (json == null) {
            builder.method(method, BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json")
                    .method(method, BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = http.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new StaResponse(response.statusCode(), response.headers().firstValue("Location"),
                    response.body(), method + " " + uri);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + method + " " + uri, e);
        }
    }
}
