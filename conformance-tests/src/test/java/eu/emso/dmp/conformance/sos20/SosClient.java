package eu.emso.dmp.conformance.sos20;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Requests to {@code /sos/service}: KVP by GET with encoded parameters, POX by POST of the request
 * documents under {@code sos20/} in the test resources, their {@code ${name}} placeholders
 * replaced. Thread-safe.
 */
final class SosClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI service;

    SosClient(URI service) {
        this.service = service;
    }

    /** The service URL a client is given. */
    URI service() {
        return service;
    }

    /** GET with {@code service=SOS&version=2.0.0&request=...} and the given pairs (name, value, ...). */
    HttpResponse<String> get(String request, String... pairs) {
        String[] all = new String[pairs.length + 6];
        System.arraycopy(new String[] {"service", "SOS", "version", "2.0.0", "request", request}, 0, all, 0, 6);
        System.arraycopy(pairs, 0, all, 6, pairs.length);
        return getRaw(all);
    }

    /** GET with exactly the given pairs; a null value sends the name alone ({@code name=}). */
    HttpResponse<String> getRaw(String... pairs) {
        StringJoiner q = new StringJoiner("&");
        for (int i = 0; i < pairs.length; i += 2) {
            String v = pairs[i + 1] == null ? "" : URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8);
            q.add(pairs[i] + "=" + v);
        }
        return send(HttpRequest.newBuilder(URI.create(service + "?" + q)).GET());
    }

    /** POST of the resource document {@code sos20/<name>.xml} with its placeholders filled. */
    HttpResponse<String> post(String name, Map<String, String> values) {
        String xml = document(name);
        for (Map.Entry<String, String> e : values.entrySet()) {
            xml = xml.replace("${" + e.getKey() + "}", e.getValue());
        }
        if (xml.contains("${")) {
            throw new IllegalArgumentException("unfilled placeholder in " + name + ": " + xml);
        }
        return send(HttpRequest.newBuilder(service).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml)));
    }

    private static String document(String name) {
        try (InputStream in = SosClient.class.getResourceAsStream("/sos20/" + name + ".xml")) {
            if (in == null) {
                throw new IllegalArgumentException("no request document " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
