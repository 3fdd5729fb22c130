package eu.emso.dmp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * The OGC API scenarios, each beside the SensorThings request a client would send for the same
 * data on the same server: an EDR position query for a year of hourly values of five parameters
 * of one platform, and a Features page of 1,000 platforms. Every answer is checked (status and
 * number of values or features) so that a fast wrong answer never counts. Not thread-safe.
 */
final class OgcApiBench {
    static final String[] PARAMETERS = {"TEMP", "PSAL", "CNDC", "PRES", "DOX2"};
    private static final Instant YEAR = Instant.parse("2023-01-01T00:00:00Z");
    private static final int WARMUP = 5;
    private final StaClient sta;
    private final String ogcapi;
    private final int reps;

    /** @param sta the server's {@code /v1.1} client; OGC API requests go to {@code /ogcapi} beside it */
    OgcApiBench(StaClient sta, int reps) {
        this.sta = sta;
        this.ogcapi = sta.root().replaceFirst("/v1\\.1$", "/ogcapi");
        this.reps = reps;
    }

    /** One scenario: the OGC API request and the STA request, each with its measurement. */
    record Pair(String name, String ogcapiRequest, Measurement ogcapi, String staRequest, Measurement sta) {
    }

    /** Creates {@code platforms} Things at distinct Locations and returns their count. */
    int loadPlatforms(int platforms) throws IOException, InterruptedException {
        for (int i = 0; i < platforms; i++) {
            double lon = -20 + (i % 100) * 0.4;
            double lat = 30 + (i / 100) * 0.5;
            sta.create("/Things", String.format(Locale.ROOT, """
                    {"name":"platform %d","description":"benchmark platform",
                     "Locations":[{"name":"site %d","description":"mooring","encodingType":"application/geo+json",
                       "location":{"type":"Point","coordinates":[%.4f,%.4f]}}]}""", i, i, lon, lat));
        }
        return platforms;
    }

    /** Creates one platform with five Datastreams of {@code hours} hourly values each; returns its Thing id. */
    long loadSeries(int hours) throws IOException, InterruptedException {
        StringBuilder ds = new StringBuilder();
        for (String p : PARAMETERS) {
            ds.append(ds.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, """
                    {"name":"%s","description":"%s of the benchmark platform",
                     "unitOfMeasurement":{"name":"unit","symbol":"u","definition":"http://vocab.nerc.ac.uk/collection/P06/current/UUUU/"},
                     "observationType":"http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
                     "Sensor":{"name":"sensor %s","description":"","encodingType":"text/html","metadata":"none"},
                     "ObservedProperty":{"name":"%s","definition":"urn:bench:%s","description":""}}""", p, p, p, p, p));
        }
        long thing = sta.create("/Things", """
                {"name":"EGIM benchmark","description":"five parameters, hourly",
                 "Locations":[{"name":"EGIM","description":"seafloor","encodingType":"application/geo+json",
                   "location":{"type":"Point","coordinates":[1.7527,41.1819]}}],
                 "Datastreams":[%s]}""".formatted(ds));
        for (JsonNode d : sta.get("/Things(" + thing + ")/Datastreams?$select=id").json().path("value")) {
            post(d.get("@iot.id").asLong(), hours);
        }
        return thing;
    }

    private void post(long datastream, int hours) throws IOException, InterruptedException {
        StringBuilder rows = new StringBuilder();
        for (int h = 0; h < hours; h++) {
            rows.append(h == 0 ? "" : ",").append("[\"").append(YEAR.plus(h, ChronoUnit.HOURS)).append("\",")
                    .append(String.format(Locale.ROOT, "%.3f", 13 + Math.sin(h / 24.0))).append(']');
        }
        StaClient.Reply r = sta.post("/CreateObservations", "[{\"Datastream\":{\"@iot.id\":" + datastream
                + "},\"components\":[\"phenomenonTime\",\"result\"],\"dataArray\":[" + rows + "]}]");
        if (!r.ok()) {
            throw new IOException("loading Datastream " + datastream + ": HTTP " + r.status());
        }
    }

    /** EDR position query for the year against the STA expand of the same five series. */
    Pair edrYear(long thing, int hours) throws InterruptedException {
        String interval = YEAR + "/" + YEAR.plus(hours, ChronoUnit.HOURS);
        String edr = ogcapi + "/collections/platform-" + thing + "/position?coords="
                + URLEncoder.encode("POINT(1.7527 41.1819)", StandardCharsets.UTF_8)
                + "&datetime=" + interval + "&parameter-name=" + String.join(",", PARAMETERS);
        String st = "/Things(" + thing + ")/Datastreams?$select=id,name&$expand=Observations($filter=phenomenonTime ge "
                + YEAR + " and phenomenonTime lt " + YEAR.plus(hours, ChronoUnit.HOURS)
                + ";$orderby=phenomenonTime;$top=" + hours + ";$select=phenomenonTime,result)";
        int values = hours * PARAMETERS.length;
        return new Pair("edr-position-year", edr, time(edr, values, OgcApiBench::coverageValues),
                st, time(st, values, OgcApiBench::expandedValues));
    }

    /** A Features page of {@code n} platforms against the STA page of Things with their Locations. */
    Pair featuresPage(int n) throws InterruptedException {
        String features = ogcapi + "/collections/things/items?limit=" + n;
        String st = "/Things?$top=" + n + "&$expand=Locations";
        return new Pair("features-page-" + n, features, time(features, n, j -> j.path("features").size()),
                st, time(st, n, j -> j.path("value").size()));
    }

    private Measurement time(String request, int expected, ToIntFunction<JsonNode> count) throws InterruptedException {
        double[] ms = new double[reps];
        try {
            for (int i = -WARMUP; i < reps; i++) {
                long start = System.nanoTime();
                StaClient.Reply r = sta.get(request);
                double elapsed = (System.nanoTime() - start) / 1e6;
                if (r.status() != 200) {
                    return Measurement.notAvailable("HTTP " + r.status() + " " + ReadScenarios.abbreviate(r.body()));
                }
                int got = count.applyAsInt(r.json());
                if (got < expected) {
                    return Measurement.notAvailable("answered " + got + " where " + expected + " were expected");
                }
                if (i >= 0) {
                    ms[i] = elapsed;
                }
            }
            return Measurement.of(Stats.of(ms));
        } catch (IOException | RuntimeException e) {
            return Measurement.notAvailable(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static int coverageValues(JsonNode cov) {
        int n = 0;
        List<JsonNode> coverages = new ArrayList<>();
        cov.path("coverages").forEach(coverages::add);
        if (coverages.isEmpty() && cov.has("ranges")) {
            coverages.add(cov);
        }
        for (JsonNode c : coverages) {
            for (String p : PARAMETERS) {
                n += c.path("ranges").path(p).path("values").size();
            }
        }
        return n;
    }

    private static int expandedValues(JsonNode page) {
        int n = 0;
        for (JsonNode d : page.path("value")) {
            n += d.path("Observations").size();
        }
        return n;
    }
}
