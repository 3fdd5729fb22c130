package eu.emso.dmp.server.http;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Bounds the read requests (GET, HEAD) served at once ({@code http.reads.concurrent}), so that
 * heavy queries cannot take every database connection and thread: a read that finds no place
 * within {@code http.reads.wait} is answered 503 with {@code Retry-After}. A place is held until
 * the response is completely written. Health checks pass without a place. Thread-safe.
 */
final class ReadGate extends Handler.Wrapper {
    private final Semaphore places;
    private final int size;
    private final long waitMillis;

    ReadGate(int size, Duration wait, Handler next) {
        super(next);
        this.size = size;
        this.places = new Semaphore(size, true);
        this.waitMillis = wait.toMillis();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)
                || Request.getPathInContext(request).startsWith("/health")) {
            return super.handle(request, response, callback);
        }
        if (!places.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
            JettyReplies.error(response, callback, 503, "the server is busy: " + size + " reads are running at once "
                    + "(setting http.reads.concurrent); try again in a few seconds", ErrorMapper.RETRY_AFTER_SECONDS);
            return true;
        }
        AtomicBoolean held = new AtomicBoolean(true);
        Runnable release = () -> {
            if (held.getAndSet(false)) {
                places.release();
            }
        };
        boolean handled = false;
        try {
            handled = super.handle(request, response, Callback.from(release, callback));
            return handled;
        } finally {
            if (!handled) {
                release.run();
            }
        }
    }
}
