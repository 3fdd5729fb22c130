package eu.emso.dmp.server.sta.batch;

import eu.emso.dmp.server.http.ErrorMapper;
import eu.emso.dmp.server.http.Reply;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Turns what a request inside a batch produced into its {@link BatchResponse}: a handler's
 * reply, or a failure mapped to status and JSON error body by the server's one
 * {@link ErrorMapper}, so errors in a batch read exactly as they would outside one.
 */
final class Replies {
    /** 424 Failed Dependency (RFC 4918), as OData uses it for requests whose dependency failed. */
    static final int FAILED_DEPENDENCY = 424;

    private Replies() {
    }

    static BatchResponse of(BatchRequest r, Reply reply) {
        return new BatchResponse(r, reply.status(), reply.headers(), reply.body() == null ? null : reply.contentType(),
                text(reply.body()));
    }

    static BatchResponse failure(BatchRequest r, Throwable e) {
        return of(r, new ErrorMapper().toResponse(e));
    }

    /** 424 for a request that was not carried out, or was rolled back, because of another one. */
    static BatchResponse notCarriedOut(BatchRequest r, String reason) {
        return of(r, ErrorMapper.error(FAILED_DEPENDENCY, reason));
    }

    private static BatchResponse of(BatchRequest r, Response response) {
        Object entity = response.getEntity();
        String type = response.getMediaType() == null ? null : response.getMediaType().toString();
        return new BatchResponse(r, response.getStatus(), Map.of(), type,
                entity instanceof StreamingOutput s ? text(s) : null);
    }

    private static String text(StreamingOutput body) {
        if (body == null) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
