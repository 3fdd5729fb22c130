package eu.emso.dmp.server.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients that POST Observations with distinct phenomenon times to one Datastream until stopped,
 * and remember every answer: which times were acknowledged (201), how many were refused with
 * each status, and what failed without an answer in time (a hang).
 */
final class WriteLoad implements AutoCloseable {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final AtomicInteger next = new AtomicInteger();
    private final Set<Instant> acknowledged = ConcurrentHashMap.newKeySet();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;
    private volatile boolean stopExpected;

    /** Starts {@code clients} writers on {@code serverUrl}'s Datastream {@code datastream}. */
    WriteLoad(String serverUrl, long datastream, int clients) {
        this.url = serverUrl + "/v1.1/Datastreams(" + datastream + ")/Observations";
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(this::run, "write-load-" + i);
            t.start();
            threads.add(t);
        }
    }

    private void run() {
        while (running) {
            Instant time = T0.plusSeconds(next.getAndIncrement());
            String body = "{\"phenomenonTime\":\"" + time + "\",\"result\":" + (time.getEpochSecond() % 1000) + "}";
            HttpRequest r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                HttpResponse<String> a = http.send(r, HttpResponse.BodyHandlers.ofString());
                statuses.computeIfAbsent(a.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                if (a.statusCode() == 201) {
                    acknowledged.add(time);
                } else if (a.statusCode() != 503 || a.headers().firstValue("Retry-After").isEmpty()) {
                    failures.add(a.statusCode() + " " + a.body());
                }
            } catch (IOException e) {
                if (running && !stopExpected) {
                    failures.add("no answer for " + time + ": " + e);
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The server is being stopped: from now on a request left without an answer is no failure. */
    void expectStop() {
        stopExpected = true;
    }

    /** Acknowledged times so far. */
    Set<Instant> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    /** Answers with {@code status} so far. */
    int count(int status) {
        AtomicInteger c = statuses.get(status);
        return c == null ? 0 : c.get();
    }

    /** The first answers that were neither 201 nor a 503 with Retry-After, or requests left without an answer. */
    List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures.subList(0, Math.min(5, failures.size())));
        }
    }

    /** How many times were tried (the times tried are T0 + 0..n-1 seconds). */
    int tried() {
        return next.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join(30_000);
        }
    }
}
