package eu.emso.dmp.server.federation.source;

import eu.emso.dmp.server.federation.RemoteException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GETs remote documents with one deadline for the whole exchange (headers and body: a remote that
 * sends slowly is as late as one that does not answer) and turns what can go wrong into
 * {@link RemoteException}s: unreachable, timed out, cut off mid-body and 5xx (and 408, 429) are
 * retryable; the other statuses are handed back for the source kind to judge. Thread safe.
 */
public final class Fetch {
    private final HttpClient http;
    private final Duration timeout;

    public Fetch(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    /** A response: its status and its whole body. */
    public record Response(URI uri, int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The error to raise for a status that is not 2xx: retryable for 5xx, 408 and 429. */
        public RemoteException error() {
            boolean retry = status >= 500 || status == 408 || status == 429;
            return new RemoteException(uri + " answered " + status + ": " + excerpt(body), retry);
        }
    }

    /** GETs {@code uri} asking for {@code accept}; any status comes back, failures to get one raise. */
    public Response get(URI uri, String accept) throws RemoteException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", accept).GET().build();
        CompletableFuture<HttpResponse<String>> f = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        try {
            HttpResponse<String> r = f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Response(uri, r.statusCode(), r.body());
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new RemoteException(uri + " did not answer within " + timeout, true, e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            if (c instanceof java.net.http.HttpTimeoutException) {
                throw new RemoteException(uri + " did not answer within " + timeout, true, c);
            }
            if (c instanceof IOException) {
                throw new RemoteException(uri + " could not be read: " + c.getMessage(), true, c);
            }
            throw new RemoteException(uri + " could not be read: " + c, true, c);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new RemoteException("interrupted while reading " + uri, true, e);
        }
    }

    /** GETs {@code uri} and raises for any status but 2xx. */
    public String body(URI uri, String accept) throws RemoteException {
        Response r = get(uri, accept);
        if (!r.ok()) {
            throw r.error();
        }
        return r.body();
    }

    /** The start of a remote's text, on one line, for messages. */
    public static String excerpt(String body) {
        String s = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
