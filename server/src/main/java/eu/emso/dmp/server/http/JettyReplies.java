package eu.emso.dmp.server.http;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.emso.dmp.model.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Error replies written by Jetty handlers before a request reaches a face, in the JSON shape of {@link ErrorMapper}. */
final class JettyReplies {
    private JettyReplies() {
    }

    /** Writes {@code {"code", "type": "error", "message"}}; {@code retryAfter} seconds when positive. */
    static void error(Response response, Callback callback, int code, String message, long retryAfter) {
        byte[] body = body(code, message);
        response.setStatus(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        if (retryAfter > 0) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(retryAfter));
        }
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** The JSON error body {@code {"code", "type": "error", "message"}}, shared with {@link ErrorMapper}. */
    static byte[] body(int code, String message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = Json.factory().createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("code", code);
            g.writeStringField("type", "error");
            g.writeStringField("message", message);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
