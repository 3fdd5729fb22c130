package eu.emso.dmp.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The SOS scenario: GetObservation (KVP, O&amp;M 2.0) of one Datastream of minute values, for a
 * window of {@code n} values, timed end to end while the body is read and its observations are
 * counted as they arrive (nothing is kept), with the server's garbage collections during the
 * requests: the most heap the server still held after one of them shows whether the streamed
 * answer keeps memory flat. An answer with the wrong number of observations counts as not
 * available. Not thread-safe.
 */
final class SosBench {
    static final String PROCEDURE = "bench-ctd";
    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final int CHUNK = 50_000;
    private static final byte[] OBSERVATION = "<om:OM_Observation ".getBytes(StandardCharsets.US_ASCII);
    private final StaClient sta;
    private final ServerProcess server;
    private final String service;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    SosBench(StaClient sta, ServerProcess server) {
        this.sta = sta;
        this.server = server;
        this.service = sta.root().replaceFirst("/v1\\.1$", "/sos/service");
    }

    /**
     * One window: its size, the median and slowest time, the bytes and observations of one answer,
     * and the collections during all its requests.
     */
    record Result(int values, Measurement ms, long bytes, long observations, ServerProcess.Collections gc) {
    }

    /** Creates the Datastream and {@code values} minute values through {@code CreateObservations}, with progress. */
    void load(int values, java.util.function.LongConsumer progress) throws IOException, InterruptedException {
        long ds = sta.create("/Datastreams", """
                {"name":"bench TEMP","description":"sea water temperature, one value a minute",
                 "unitOfMeasurement":{"name":"degree Celsius","symbol":"degC","definition":"http://vocab.nerc.ac.uk/collection/P06/current/UPAA/"},
                 "observationType":"http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
                 "Thing":{"name":"SOS benchmark platform","description":"one CTD",
                   "Locations":[{"name":"site","description":"seafloor","encodingType":"application/geo+json",
                     "location":{"type":"Point","coordinates":[1.7527,41.1819]}}]},
                 "Sensor":{"name":"bench CTD","description":"","encodingType":"text/html","metadata":"none",
                   "properties":{"serial_number":"%s"}},
                 "ObservedProperty":{"name":"TEMP","definition":"http://vocab.nerc.ac.uk/collection/P01/current/TEMPPR01/","description":""}}"""
                .formatted(PROCEDURE));
        for (int from = 0; from < values; from += CHUNK) {
            StringBuilder rows = new StringBuilder();
            for (int i = from; i < Math.min(values, from + CHUNK); i++) {
                rows.append(i == from ? "" : ",").append("[\"").append(START.plus(i, ChronoUnit.MINUTES)).append("\",")
                        .append(String.format(Locale.ROOT, "%.3f", 13 + Math.sin(i / 1440.0))).append(']');
            }
            StaClient.Reply r = sta.post("/CreateObservations", "[{\"Datastream\":{\"@iot.id\":" + ds
                    + "},\"components\":[\"phenomenonTime\",\"result\"],\"dataArray\":[" + rows + "]}]");
            if (!r.ok()) {
                throw new IOException("loading the SOS series: HTTP " + r.status() + " " + ReadScenarios.abbreviate(r.body()));
            }
            progress.accept(Math.min(values, from + CHUNK));
        }
    }

    /** Times {@code reps} GetObservation requests of the first {@code n} values. */
    Result window(int n, int reps) throws InterruptedException {
        String during = START + "/" + START.plus(n - 1L, ChronoUnit.MINUTES);
        URI uri = URI.create(service + "?service=SOS&version=2.0.0&request=GetObservation&offering="
                + enc(PROCEDURE + "_data") + "&temporalFilter=" + enc("om:phenomenonTime," + during));
        double[] ms = new double[reps];
        long[] last = new long[2];
        int mark = server.gcMark();
        try {
            for (int i = 0; i < reps; i++) {
                long start = System.nanoTime();
                HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(10)).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                last = count(r.body());
                ms[i] = (System.nanoTime() - start) / 1e6;
                if (r.statusCode() != 200 || last[1] != n) {
                    return new Result(n, Measurement.notAvailable("HTTP " + r.statusCode() + ", " + last[1]
                            + " observations where " + n + " were expected"), last[0], last[1], server.collectionsSince(mark));
                }
            }
        } catch (IOException e) {
            return new Result(n, Measurement.notAvailable(e.getClass().getSimpleName() + ": " + e.getMessage()), 0, 0,
                    server.collectionsSince(mark));
        }
        return new Result(n, Measurement.of(Stats.of(ms)), last[0], last[1], server.collectionsSince(mark));
    }

    /** Reads the body to its end: its bytes and the {@code om:OM_Observation} elements in it. */
    static long[] count(InputStream body) throws IOException {
        long bytes = 0;
        long found = 0;
        int matched = 0;
        byte[] buf = new byte[65536];
        try (body) {
            for (int n; (n = body.read(buf)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    matched = buf[i] == OBSERVATION[matched] ? matched + 1 : (buf[i] == OBSERVATION[0] ? 1 : 0);
                    if (matched == OBSERVATION.length) {
                        found++;
                        matched = 0;
                    }
                }
            }
        }
        return new long[] {bytes, found};
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
