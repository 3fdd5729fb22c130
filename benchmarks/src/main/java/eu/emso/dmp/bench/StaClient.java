package eu.emso.dmp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal SensorThings HTTP client on one service root (e.g. {@code http://127.0.0.1:P/v1.1}):
 * GET and POST with JSON bodies, ids read from the {@code Location} header. Thread-safe; one
 * HTTP/1.1 connection pool shared by all callers.
 */
public final class StaClient {
    private static final Pattern ID = Pattern.compile("\\((\\d+)\\)$");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String root;

    public StaClient(String root) {
        this.root = root;
    }

    /** A status and body, plus the id from the {@code Location} header when there is one. */
    public record Reply(int status, String body, long id) {
        public boolean ok() {
            return status / 100 == 2;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    public String root() {
        return root;
    }

    /** GET {@code pathOrUrl}: a path below the service root, or an absolute URL (a nextLink). */
    public Reply get(String pathOrUrl) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
    }

    /** POST a JSON body to a path below the service root. */
    public Reply post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** POST, insisting on a 2xx answer with an id; the id of the created entity. */
    public long create(String path, String json) throws IOException, InterruptedException {
        Reply r = post(path, json);
        if (!r.ok() || r.id() < 0) {
            throw new IOException("POST " + root + path + " answered " + r.status() + ": " + r.body());
        }
        return r.id();
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request.timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long id = r.headers().firstValue("Location").map(ID::matcher).filter(Matcher::find)
                .map(m -> Long.parseLong(m.group(1))).orElse(-1L);
        return new Reply(r.statusCode(), r.body(), id);
    }

    private URI uri(String pathOrUrl) {
        String s = pathOrUrl.startsWith("http") ? pathOrUrl : root + pathOrUrl;
        return URI.create(s.replace(" ", "%20").replace("\"", "%22").replace("<", "%3C").replace(">", "%3E"));
    }
}
