package eu.emso.dmp.server.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.DmpServer;
import eu.emso.dmp.server.config.SettingsLoader;
import eu.emso.dmp.server.testing.TempDirs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One server for the export tests, started on first use and stopped when the test JVM exits,
 * holding the real OBSEA sample (February 2014, hourly CTD and meteorological station, quality
 * controlled on ingest) pushed through {@code POST /ingest}. Tests only read.
 */
final class ExportServer {
    private static final Path SAMPLE = Path.of("..", "egim-adapter", "src", "test", "resources", "samples",
            "MO_TS_MO_OBSEA_201402.csv");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static DmpServer server;
    private static String url;

    private ExportServer() {
    }

    /** One Observation as STA serves it. */
    record Obs(Instant time, double result, int flag) {
    }

    /** The server's root URL; starts and loads it on the first call. */
    static synchronized String url() {
        if (server == null) {
            try {
                Path dir = TempDirs.create("exports-");
                // the QC thresholds of the site catalogue, so that values get real QARTOD flags
                server = DmpServer.start(SettingsLoader.load(null, Map.of("DMP_MQTT_ENABLED", "false", "DMP_AUTH_WRITES", "open",
                        "DMP_QC_CONFIG_DIR", Path.of("..", "config", "qc").toString())).with(0, 0, dir, null));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    TempDirs.delete(dir);
                }));
                url = "http://localhost:" + server.port();
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/ingest?source=obsea.csv"))
                        .POST(HttpRequest.BodyPublishers.ofFile(SAMPLE)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the export test server", e);
            }
            addFlaggedValues(datastream("TEMP"));
        }
        return url;
    }

    /**
     * Adds to Datastream {@code id} hourly values on 2014-03-01 through STA, some beyond the
     * gross range spans (suspect 10-32 °C, fail 8-40 °C), after the ingested month.
     */
    private static void addFlaggedValues(long id) {
        double[] values = {14.0, 14.1, 35.0, 14.2, 45.0, 14.3, 14.4, 33.0};
        for (int h = 0; h < values.length; h++) {
            String body = "{\"phenomenonTime\":\"2014-03-01T0" + h + ":00:00Z\",\"result\":" + values[h] + "}";
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/v1.1/Datastreams(" + id
                        + ")/Observations")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** GET of {@code path}, the body kept as bytes. */
    static HttpResponse<byte[]> fetch(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSON of a GET that answers {@code status}. */
    static JsonNode json(String path, int status) {
        HttpResponse<byte[]> r = fetch(path);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(r.statusCode()).as(path + " -> " + body).isEqualTo(status);
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id of the OBSEA Thing. */
    static long thing() {
        return json("/v1.1/Things?$select=id", 200).path("value").get(0).path("@iot.id").asLong();
    }

    /** The Datastream ids of the OBSEA Thing, ascending, with their ObservedProperty name. */
    static List<long[]> datastreams() {
        List<long[]> out = new ArrayList<>();
        for (JsonNode d : json("/v1.1/Things(" + thing() + ")/Datastreams?$orderby=id&$select=id", 200).path("value")) {
            out.add(new long[] {d.path("@iot.id").asLong()});
        }
        return out;
    }

    /** The id of the Datastream whose ObservedProperty is named {@code code}. */
    static long datastream(String code) {
        return json("/v1.1/Datastreams?$select=id&$filter=" + enc("ObservedProperty/name eq '" + code + "'"), 200)
                .path("value").get(0).path("@iot.id").asLong();
    }

    /** Every Observation of Datastream {@code id} as STA serves it, in time order, following nextLinks. */
    static List<Obs> observations(long id) {
        List<Obs> out = new ArrayList<>();
        String next = "/v1.1/Datastreams(" + id + ")/Observations?$orderby=phenomenonTime&$top=10000"
                + "&$select=phenomenonTime,result,resultQuality";
        while (next != null) {
            JsonNode page = json(next, 200);
            for (JsonNode o : page.path("value")) {
                out.add(new Obs(Instant.parse(o.path("phenomenonTime").asText()), o.path("result").asDouble(Double.NaN),
                        o.path("resultQuality").path("qc_flag").asInt(0)));
            }
            String link = page.path("@iot.nextLink").asText(null);
            next = link == null ? null : link.substring(link.indexOf("/v1.1/"));
        }
        return out;
    }

    /** Saves the body of a GET that must answer 200 to a temporary file. */
    static Path download(String path, String suffix) throws IOException {
        HttpResponse<byte[]> r = fetch(path);
        assertThat(r.statusCode()).as(path + " -> " + new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        Path f = Files.createTempFile("export-test-", suffix);
        Files.write(f, r.body());
        f.toFile().deleteOnExit();
        return f;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
