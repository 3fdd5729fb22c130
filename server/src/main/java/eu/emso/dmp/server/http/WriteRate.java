package eu.emso.dmp.server.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Per-client rate limit on writes ({@code http.writes.rate}, {@code http.writes.burst}): a token
 * bucket per client address; a write (any method but GET, HEAD and OPTIONS) that finds the
 * bucket empty is answered 429 with {@code Retry-After}, before any of it is read or stored.
 * Buckets that have filled up again are forgotten once many clients were seen. Thread-safe.
 */
final class WriteRate extends Handler.Wrapper {
    private static final int FORGET_ABOVE = 10_000;
    private final double perSecond;
    private final int burst;
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    WriteRate(double perSecond, int burst, LongSupplier nanos, Handler next) {
        super(next);
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanos = nanos;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        if (HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method) || HttpMethod.OPTIONS.is(method)) {
            return super.handle(request, response, callback);
        }
        if (buckets.size() > FORGET_ABOVE) {
            long now = nanos.getAsLong();
            buckets.values().removeIf(b -> b.full(now));
        }
        String client = Request.getRemoteAddr(request);
        double wait = buckets.computeIfAbsent(client, c -> new Bucket(burst, nanos.getAsLong())).take(nanos.getAsLong());
        if (wait > 0) {
            JettyReplies.error(response, callback, 429, "too many writes from " + client + ": at most " + perSecond
                    + " per second with bursts of " + burst + " (settings http.writes.rate, http.writes.burst); try "
                    + "again after the time in Retry-After", (long) Math.ceil(wait));
            return true;
        }
        return super.handle(request, response, callback);
    }

    /** A token bucket; its methods synchronise on it. */
    private final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        /** Takes a token: 0 when there was one, else the seconds until there is one. */
        synchronized double take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (1 - tokens) / perSecond;
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
            last = now;
        }
    }
}
