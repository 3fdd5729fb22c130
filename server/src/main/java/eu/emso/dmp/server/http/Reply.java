package eu.emso.dmp.server.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Map;

/**
 * What a handler answers, independent of the HTTP framework: status, headers and a body written
 * as a stream (or none).
 */
public record Reply(int status, String contentType, Map<String, String> headers, StreamingOutput body) {

    public Reply {
        headers = Map.copyOf(headers);
    }

    public static Reply json(int status, StreamingOutput body) {
        return new Reply(status, "application/json", Map.of(), body);
    }

    public static Reply empty(int status) {
        return new Reply(status, null, Map.of(), null);
    }

    /** The same reply with one more header. */
    public Reply header(String name, String value) {
        java.util.Map<String, String> h = new java.util.LinkedHashMap<>(headers);
        h.put(name, value);
        return new Reply(status, contentType, h, body);
    }

    /** As a JAX-RS response. */
    public Response toResponse() {
        Response.ResponseBuilder b = Response.status(status);
        if (body != null) {
            b.entity(body).type(contentType);
        }
        headers.forEach(b::header);
        return b.build();
    }
}
