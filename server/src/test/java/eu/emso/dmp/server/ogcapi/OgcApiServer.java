package eu.emso.dmp.server.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Locale;

/**
 * One server for all OGC API test classes, started on first use and stopped when the test JVM
 * exits, holding three EMSO platforms (OBSEA, W1M3A, the Azores EGIM) with CTD Datastreams:
 * OBSEA has TEMP and PSAL hourly for 48 hours from 2014-02-01, W1M3A TEMP for 24 hours from
 * 2025-07-28, the Azores none. Tests only read.
 */
public final class OgcApiServer {
    /** The platforms: name, longitude, latitude. */
    public static final Object[][] PLATFORMS = {{"OBSEA", 1.7527, 41.1819}, {"W1M3A", 9.1270, 43.7890},
            {"EMSO-Azores", -32.2780, 37.2890}};
    private static TestServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private OgcApiServer() {
    }

    /** The shared server, started and loaded on the first call. */
    public static synchronized TestServer get() {
        if (server == null) {
            server = TestServer.start(null);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            load(server);
        }
        return server;
    }

    /** The landing page URL, {@code http://localhost:PORT/ogcapi}. */
    public static String root() {
        return get().url() + "/ogcapi";
    }

    /** GET of {@code path} below {@code /ogcapi} with {@code accept} (may be null). */
    public static HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root() + path)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSON body of a GET that must answer 200. */
    public static JsonNode json(String path) {
        HttpResponse<String> r = get(path, null);
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
        try {
            return Json.mapper().readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exception document of a GET that must answer {@code status}; it names the problem. */
    public static JsonNode exception(String path, int status) {
        HttpResponse<String> r = get(path, null);
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(status);
        try {
            JsonNode e = Json.mapper().readTree(r.body());
            assertThat(e.path("code").asText()).as(r.body()).isNotEmpty();
            assertThat(e.path("description").asText()).as(r.body()).isNotEmpty();
            return e;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void load(TestServer s) {
        for (int i = 0; i < PLATFORMS.length; i++) {
            String name = (String) PLATFORMS[i][0];
            StringBuilder ds = new StringBuilder();
            if (i == 0) {
                ds.append(datastream(name, "TEMP", "TEMPPR01", "degree Celsius", "Cel", "2014-02-01T00:00:00Z", 48, 13.1, 20))
                        .append(',').append(datastream(name, "PSAL", "PSLTZZ01", "practical salinity unit", "PSU",
                                "2014-02-01T00:00:00Z", 48, 37.9, 35));
            } else if (i == 1) {
                ds.append(datastream(name, "TEMP", "TEMPPR01", "degree Celsius", "Cel", "2025-07-28T00:00:00Z", 24, 24.5, null));
            }
            String body = String.format(Locale.ROOT, "{\"name\":\"%s\",\"description\":\"EMSO platform %s\","
                    + "\"properties\":{\"site\":\"%s\"},\"Locations\":[{\"name\":\"%s\",\"description\":\"mooring\","
                    + "\"encodingType\":\"application/geo+json\",\"location\":{\"type\":\"Point\",\"coordinates\":[%s,%s]}}],"
                    + "\"Datastreams\":[%s]}", name, name, name, name, PLATFORMS[i][1], PLATFORMS[i][2], ds);
            HttpResponse<String> r = s.send("POST", "/v1.1/Things", body);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
    }

    private static String datastream(String platform, String code, String p01, String unit, String symbol,
                                     String start, int hours, double base, Integer depth) {
        StringBuilder obs = new StringBuilder();
        Instant t0 = Instant.parse(start);
        for (int h = 0; h < hours; h++) {
            if (h > 0) {
                obs.append(',');
            }
            obs.append(String.format(Locale.ROOT, "{\"phenomenonTime\":\"%s\",\"result\":%.3f}",
                    t0.plusSeconds(3600L * h), base + Math.sin(h / 6.0)));
        }
        return String.format(Locale.ROOT, "{\"name\":\"%s %s\",\"description\":\"%s at %s\","
                + "\"observationType\":\"http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement\","
                + (depth == null ? "" : "\"properties\":{\"depth\":" + depth + "},")
                + "\"unitOfMeasurement\":{\"name\":\"%s\",\"symbol\":\"%s\",\"definition\":"
                + "\"http://vocab.nerc.ac.uk/collection/P06/current/UPAA/\"},"
                + "\"Sensor\":{\"name\":\"SBE37 %s\",\"description\":\"CTD\",\"encodingType\":\"text/plain\",\"metadata\":\"-\"},"
                + "\"ObservedProperty\":{\"name\":\"%s\",\"definition\":\"http://vocab.nerc.ac.uk/collection/P01/current/%s/\","
                + "\"description\":\"%s\"},\"Observations\":[%s]}",
                platform, code, code, platform, unit, symbol, platform, code, p01, code, obs);
    }
}
