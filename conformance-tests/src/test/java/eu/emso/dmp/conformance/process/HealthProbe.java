package eu.emso.dmp.conformance.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Polls a health URL until it answers 200, the watched process exits, or time runs out.
 * Any other status (the server answers 503 while it starts) or a refused connection means "not
 * yet". Thread-safe.
 */
final class HealthProbe {
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    private final URI healthUrl;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(REQUEST_TIMEOUT).build();

    HealthProbe(URI healthUrl) {
        this.healthUrl = healthUrl;
    }

    /**
     * Returns once the URL answers 200.
     *
     * @throws IllegalStateException when {@code process} exits first or {@code timeout} passes,
     *     saying which and what the last answer was
     */
    void awaitHealthy(Process process, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String lastAnswer = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited with code " + process.exitValue()
                        + " before " + healthUrl + " answered 200 (last: " + lastAnswer + ").");
            }
            lastAnswer = probe();
            if (lastAnswer.equals("200")) {
                return;
            }
            pause();
        }
        throw new IllegalStateException("The server was not healthy within " + timeout.toSeconds() + " s: "
                + healthUrl + " last gave " + lastAnswer + ".");
    }

    /** Whether the URL answers 200 to one request now. */
    boolean isHealthy() {
        return probe().equals("200");
    }

    private String probe() {
        HttpRequest request = HttpRequest.newBuilder(healthUrl).timeout(REQUEST_TIMEOUT).GET().build();
        try {
            return Integer.toString(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + healthUrl, e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the server", e);
        }
    }
}
