package eu.emso.dmp.conformance.sta10;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Puts the data on a fresh server that the Sensing Core tests of ets-sta10 require: at least one
 * entity of each of the eight SensorThings entity types, linked so that every navigation link
 * leads to a non-empty set. One deep-insert {@code POST /Things} creates them all: the OBSEA
 * observatory (Thing) with its Location (and so a HistoricalLocation), one Datastream with its
 * Sensor, ObservedProperty and one Observation with its FeatureOfInterest. Stateless and
 * thread-safe.
 */
final class SensingCorePreconditions {
    private static final String THING = "obsea-thing.json";

    private SensingCorePreconditions() {
    }

    /**
     * Posts the data to {@code serviceRoot}{@code /Things} and returns the server's answer, 201
     * when all went well.
     */
    static HttpResponse<String> create(URI serviceRoot) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(serviceRoot + "/Things"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(thing(), StandardCharsets.UTF_8))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String thing() {
        try (InputStream in = SensingCorePreconditions.class.getResourceAsStream(THING)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + THING);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
