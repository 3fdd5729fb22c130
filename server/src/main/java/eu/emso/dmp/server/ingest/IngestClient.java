package eu.emso.dmp.server.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.egim.ingest.IngestCounts;
import eu.emso.dmp.model.json.Json;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.LongConsumer;

/**
 * The client side of the ingest endpoints, for the {@code dmp ingest} and {@code dmp quarantine}
 * commands. A failed request raises an {@link IOException} carrying the server's message.
 * Credentials for a server whose writes need an account come from the environment: an API key
 * in {@code DMP_API_KEY}, or a user in {@code DMP_USER} and {@code DMP_PASSWORD} (HTTP Basic).
 * Thread-safe.
 */
final class IngestClient {
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    IngestClient(String url) {
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Sends a file to {@code POST /ingest}; {@code sent} hears the bytes sent so far. */
    IngestCounts push(Path file, Map<String, String> query, LongConsumer sent) throws IOException, InterruptedException {
        Map<String, String> q = new LinkedHashMap<>(query);
        q.put("source", file.getFileName().toString());
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/ingest" + query(q)))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> counting(file, sent))).build();
        return IngestJson.counts(send(request));
    }

    /** {@code GET /ingest/quarantine}. */
    JsonNode quarantine(long after, int limit) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + "/ingest/quarantine"
                + query(Map.of("after", Long.toString(after), "limit", Integer.toString(limit))))).GET().build());
    }

    /** {@code POST /ingest/quarantine/replay}. */
    JsonNode replay(Long id, String platform) throws IOException, InterruptedException {
        Map<String, String> q = new LinkedHashMap<>();
        if (id != null) {
            q.put("id", id.toString());
        }
        if (platform != null) {
            q.put("platform", platform);
        }
        return send(HttpRequest.newBuilder(URI.create(base + "/ingest/quarantine/replay" + query(q)))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private JsonNode send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(eu.emso.dmp.server.http.ClientCredentials.signed(request),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body;
        try {
            body = Json.mapper().readTree(r.body());
        } catch (IOException e) {
            throw new IOException("HTTP " + r.statusCode() + " from " + request.uri());
        }
        if (r.statusCode() != 200) {
            throw new IOException(body.path("message").asText("HTTP " + r.statusCode()));
        }
        return body;
    }

    private static String query(Map<String, String> q) {
        StringJoiner j = new StringJoiner("&", "?", "");
        j.setEmptyValue("");
        q.forEach((k, v) -> j.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return j.toString();
    }

    private static InputStream counting(Path file, LongConsumer sent) {
        try {
            return new FilterInputStream(Files.newInputStream(file)) {
                private long n;

                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        sent.accept(++n);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int k = super.read(buf, off, len);
                    if (k > 0) {
                        n += k;
                        sent.accept(n);
                    }
                    return k;
                }
            };
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
