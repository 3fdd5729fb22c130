package eu.emso.dmp.conformance.ogcapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** GET requests to an OGC API, answered with status, content type and body. Thread-safe. */
final class OgcApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI root;

    /** @param root the landing page, e.g. {@code http://localhost:8080/ogcapi} */
    OgcApiClient(URI root) {
        this.root = root;
    }

    /** One answer. */
    record Answer(int status, String contentType, String body, String url) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError(url + " did not answer JSON: " + body, e);
            }
        }
    }

    /** GET of {@code path} below the landing page ("" for the landing page itself), asking for JSON. */
    Answer get(String path) {
        return getUrl(root + path, "application/json");
    }

    /** GET of an absolute {@code url} with {@code accept}. */
    Answer getUrl(String url, String accept) {
        HttpRequest r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", accept).GET().build();
        try {
            HttpResponse<String> a = http.send(r, HttpResponse.BodyHandlers.ofString());
            return new Answer(a.statusCode(), a.headers().firstValue("Content-Type").orElse(""), a.body(), url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The links of {@code doc} with relation {@code rel}. */
    static List<JsonNode> links(JsonNode doc, String rel) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode l : doc.path("links")) {
            if (rel.equals(l.path("rel").asText())) {
                out.add(l);
            }
        }
        return out;
    }
}
