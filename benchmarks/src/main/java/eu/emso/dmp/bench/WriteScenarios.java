package eu.emso.dmp.bench;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.ExecutionException;

/**
 * The HTTP write scenarios, the same requests for both peers: single-observation POSTs from 1 and
 * 8 concurrent clients (rate, and per-request latency as median and p99) and dataArray
 * {@code CreateObservations} in requests of {@value #ARRAY_ROWS} rows. All writes go to the
 * Datastream kept apart for them, at unique times after the read data. A request that does not
 * answer 201 makes the scenario "not available" with the server's answer. Not thread-safe: one
 * instance per server.
 */
public final class WriteScenarios {
    static final int ARRAY_ROWS = 1_000;
    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
    private final StaClient sta;
    private final Catalogue ids;
    private final AtomicLong clock = new AtomicLong();

    public WriteScenarios(StaClient sta, Catalogue ids) {
        this.sta = sta;
        this.ids = ids;
    }

    /** Rate and latency of {@code posts} POSTs spread over {@code clients} threads. */
    public List<Measurement> post(int clients, int posts) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        double[] latency = new double[posts];
        AtomicLong next = new AtomicLong();
        try {
            List<Future<String>> work = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                work.add(pool.submit(() -> {
                    for (long i = next.getAndIncrement(); i < posts; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        StaClient.Reply r = sta.post("/Observations", observation());
                        latency[(int) i] = (System.nanoTime() - t0) / 1e6;
                        if (r.status() != 201) {
                            return "HTTP " + r.status() + " " + ReadScenarios.abbreviate(r.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<String> f : work) {
                String failure = f.get();
                if (failure != null) {
                    Measurement na = Measurement.notAvailable(failure);
                    return List.of(na, na);
                }
            }
            double rate = posts / ObservationLoader.seconds(start);
            return List.of(Measurement.of(rate), Measurement.of(Stats.of(latency)));
        } catch (ExecutionException e) {
            Measurement na = Measurement.notAvailable(String.valueOf(e.getCause()));
            return List.of(na, na);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Rate of dataArray CreateObservations, {@code requests} requests of {@value #ARRAY_ROWS} rows. */
    public Measurement dataArray(int requests) throws InterruptedException {
        try {
            long start = System.nanoTime();
            for (int r = 0; r < requests; r++) {
                StaClient.Reply reply = sta.post("/CreateObservations", dataArrayBody());
                if (reply.status() / 100 != 2 || reply.body().contains("error")) {
                    return Measurement.notAvailable("HTTP " + reply.status() + " " + ReadScenarios.abbreviate(reply.body()));
                }
            }
            return Measurement.of((double) requests * ARRAY_ROWS / ObservationLoader.seconds(start));
        } catch (IOException e) {
            return Measurement.notAvailable(e.toString());
        }
    }

    private String observation() {
        return String.format(Locale.ROOT,
                "{\"phenomenonTime\":\"%s\",\"result\":%.3f,\"Datastream\":{\"@iot.id\":%d},\"FeatureOfInterest\":{\"@iot.id\":%d}}",
                BASE.plusSeconds(clock.incrementAndGet()), 13 + (clock.get() % 1000) / 100.0, ids.postTarget(),
                ids.features().get(0));
    }

    private String dataArrayBody() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < ARRAY_ROWS; i++) {
            long t = clock.incrementAndGet();
            rows.append(i == 0 ? "" : ",").append("[\"").append(BASE.plusSeconds(t)).append("\",")
                    .append(String.format(Locale.ROOT, "%.3f", 13 + (t % 1000) / 100.0)).append(",")
                    .append(ids.features().get(0)).append(']');
        }
        return "[{\"Datastream\":{\"@iot.id\":" + ids.postTarget()
                + "},\"components\":[\"phenomenonTime\",\"result\",\"FeatureOfInterest/id\"],\"dataArray\":[" + rows + "]}]";
    }
}
