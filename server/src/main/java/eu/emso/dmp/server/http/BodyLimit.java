package eu.emso.dmp.server.http;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The request body size limit ({@code http.body.max}): a request whose {@code Content-Length}
 * is over it is answered 413 with a JSON body before any face reads it. Without
 * {@code Expect: 100-continue} the body is read and thrown away first (at network speed, held
 * nowhere), so that the client, still sending, sees the answer instead of a reset connection.
 * A body sent without a length (chunked) is cut off by Jetty's {@link SizeLimitHandler} once it
 * grows past the limit; {@link ErrorMapper} answers that 413 too. Thread-safe.
 */
final class BodyLimit extends Handler.Wrapper {
    private final long max;

    BodyLimit(long max, Handler next) {
        super(new SizeLimitHandler(max, -1));
        this.max = max;
        ((SizeLimitHandler) getHandler()).setHandler(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        if (length <= max) {
            return super.handle(request, response, callback);
        }
        String message = "the request body is " + length + " bytes; this server takes at most " + max
                + " bytes in one request (setting http.body.max): send the data in smaller requests";
        if (request.getHeaders().contains(HttpHeader.EXPECT, HttpHeaderValue.CONTINUE.asString())) {
            JettyReplies.error(response, callback, 413, message, 0); // the body is never sent
        } else {
            Content.Source.consumeAll(request, Callback.from(() -> JettyReplies.error(response, callback, 413, message, 0),
                    callback::failed));
        }
        return true;
    }
}
