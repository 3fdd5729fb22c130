package eu.emso.dmp.server.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Polls a health path and remembers every answer, so a test can tell what an operator saw. */
final class HealthProbe implements AutoCloseable {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final List<String> answers = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;
    private volatile boolean running = true;

    HealthProbe(String serverUrl, String path) {
        this.url = serverUrl + path;
        this.thread = new Thread(this::run, "health-probe");
        thread.start();
    }

    private void run() {
        while (running) {
            answers.add(now());
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One answer, as {@code "STATUS BODY"}, or {@code "none ..."} when none came in time. */
    String now() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() + " " + r.body();
        } catch (Exception e) {
            return "none " + e;
        }
    }

    /** Every answer so far, in order. */
    List<String> answers() {
        synchronized (answers) {
            return List.copyOf(answers);
        }
    }

    /** Waits (up to {@code limit}) for an answer starting with {@code prefix}; returns it or null. */
    String await(String prefix, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            String a = now();
            if (a.startsWith(prefix)) {
                return a;
            }
            Thread.sleep(200);
        }
        return null;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(15_000);
    }
}
