package eu.emso.dmp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The data product scenarios on one server: exports of a selection to NetCDF and CSV (values per
 * second, bytes, the server's peak heap during the export from its GC log) and QC-aware hourly
 * means over a long 1 Hz series (latency). Every answer is checked (status, number of values or
 * intervals) so that a fast wrong answer never counts. Not thread-safe.
 */
final class ExportBench {
    static final Instant START = Instant.parse("2023-01-01T00:00:00Z");
    /** Rows per CreateObservations request while loading. */
    static final int CHUNK = 20_000;
    private final StaClient sta;
    private final ServerProcess server;
    private final String base;
    private final Consumer<String> log;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    ExportBench(StaClient sta, ServerProcess server, Consumer<String> log) {
        this.sta = sta;
        this.server = server;
        this.base = sta.root().replaceFirst("/v1\\.1$", "");
        this.log = log;
    }

    /** One scenario's outcome; {@code unavailable} says why there is no figure. */
    record Result(String name, String request, long values, long bytes, double seconds, double valuesPerSecond,
                  Long heapPeakMiB, String unavailable) {
        static Result failed(String name, String request, String why) {
            return new Result(name, request, 0, 0, 0, 0, null, why);
        }
    }

    /** A Thing with {@code series} Datastreams of {@code perSeries} values each, one a second; its id. */
    long load(String name, int series, long perSeries) throws IOException, InterruptedException {
        StringBuilder ds = new StringBuilder();
        for (int i = 0; i < series; i++) {
            ds.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, """
                    {"name":"%s %d","description":"1 Hz series","unitOfMeasurement":{"name":"degree Celsius","symbol":"degC",
                      "definition":"http://vocab.nerc.ac.uk/collection/P06/current/UPAA/"},
                     "observationType":"http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
                     "Sensor":{"name":"CTD %s %d","description":"","encodingType":"text/html","metadata":"none"},
                     "ObservedProperty":{"name":"TEMP","definition":"http://vocab.nerc.ac.uk/collection/P01/current/TEMPPR01/",
                      "description":"sea water temperature"}}""", name, i, name, i));
        }
        long thing = sta.create("/Things", """
                {"name":"%s","description":"benchmark platform","properties":{"platform_code":"BENCH"},
                 "Locations":[{"name":"site","description":"seafloor","encodingType":"application/geo+json",
                   "location":{"type":"Point","coordinates":[1.7527,41.1819]}}],"Datastreams":[%s]}""".formatted(name, ds));
        for (JsonNode d : sta.get("/Things(" + thing + ")/Datastreams?$select=id&$orderby=id").json().path("value")) {
            long id = d.get("@iot.id").asLong();
            for (long from = 0; from < perSeries; from += CHUNK) {
                post(id, from, Math.min(perSeries, from + CHUNK));
                if ((from / CHUNK) % 25 == 0) {
                    log.accept(String.format(Locale.ROOT, "%s: Datastream %d, %,d of %,d values", name, id, from, perSeries));
                }
            }
        }
        return thing;
    }

    /** The id of the first Datastream of {@code thing}. */
    long firstDatastream(long thing) throws IOException, InterruptedException {
        return sta.get("/Things(" + thing + ")/Datastreams?$select=id&$orderby=id&$top=1").json().path("value").get(0)
                .path("@iot.id").asLong();
    }

    private void post(long datastream, long from, long to) throws IOException, InterruptedException {
        StringBuilder rows = new StringBuilder();
        for (long s = from; s < to; s++) {
            rows.append(s == from ? "" : ",").append("[\"").append(START.plusSeconds(s)).append("\",")
                    .append(String.format(Locale.ROOT, "%.4f", 13 + Math.sin(s / 3600.0))).append(']');
        }
        StaClient.Reply r = sta.post("/CreateObservations", "[{\"Datastream\":{\"@iot.id\":" + datastream
                + "},\"components\":[\"phenomenonTime\",\"result\"],\"dataArray\":[" + rows + "]}]");
        if (!r.ok()) {
            throw new IOException("loading Datastream " + datastream + ": HTTP " + r.status() + " " + r.body());
        }
    }

    /** {@code GET /exports/{format}?thing=} read to the end; expects {@code values} values. */
    Result export(String format, long thing, long values) throws InterruptedException {
        String request = "/exports/" + format + "?thing=" + thing;
        int gcFrom = server.gcLogLines();
        try {
            long start = System.nanoTime();
            HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(base + request))
                    .timeout(Duration.ofHours(1)).build(), HttpResponse.BodyHandlers.ofInputStream());
            long bytes = 0;
            try (InputStream in = r.body()) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    bytes += n;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long told = r.headers().firstValueAsLong("X-Export-Values").orElse(-1);
            if (r.statusCode() != 200 || told != values) {
                return Result.failed(format, request, "HTTP " + r.statusCode() + ", X-Export-Values " + told
                        + " where " + values + " were expected");
            }
            Long heap = server.heapKiB(gcFrom).get("heapUsedPeakKiB");
            return new Result(format, request, values, bytes, seconds, values / seconds, heap == null ? null : heap >> 10, null);
        } catch (IOException e) {
            return Result.failed(format, request, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** {@code GET /aggregates?interval=PT1H} over a whole series of {@code values} 1 Hz values; the median of {@code reps}. */
    Result hourlyMeans(long datastream, long values, int reps) throws InterruptedException {
        String request = "/aggregates?datastreams=" + datastream + "&interval=PT1H";
        long hours = (values + 3599) / 3600;
        double[] ms = new double[reps];
        try {
            for (int i = -1; i < reps; i++) {
                long start = System.nanoTime();
                StaClient.Reply r = sta.get(base + request);
                double elapsed = (System.nanoTime() - start) / 1e6;
                int intervals = r.status() == 200 ? r.json().path("datastreams").get(0).path("intervals").size() : -1;
                if (intervals != hours) {
                    return Result.failed("hourly-means", request, "HTTP " + r.status() + ", " + intervals
                            + " intervals where " + hours + " were expected");
                }
                if (i >= 0) {
                    ms[i] = elapsed;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Result.failed("hourly-means", request, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        double median = Stats.of(ms).median() / 1000;
        return new Result("hourly-means", request, values, 0, median, values / median, null, null);
    }

    /** The machine the run had: processors and the 1-minute load average. */
    static Map<String, Object> machine() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return Map.of("processors", Runtime.getRuntime().availableProcessors(), "loadAverage", load);
    }
}
