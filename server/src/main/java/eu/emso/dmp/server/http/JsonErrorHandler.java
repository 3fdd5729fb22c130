package eu.emso.dmp.server.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers itself, before a request reaches a face (a server that is stopping,
 * a malformed request line, a body too large), in the same JSON shape as {@link ErrorMapper}:
 * {@code {"code", "type": "error", "message"}}; a 503 carries {@code Retry-After}. Thread-safe.
 */
public final class JsonErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String text = code == 503 ? "the server is stopping or not ready; try again in a few seconds"
                : message == null || message.isBlank() ? "the request cannot be served (" + code + ")" : message;
        String body = "{\"code\":" + code + ",\"type\":\"error\",\"message\":\"" + escape(text) + "\"}";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        if (code == 503) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(ErrorMapper.RETRY_AFTER_SECONDS));
        }
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
