package eu.emso.dmp.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import eu.emso.dmp.model.entity.InvalidEntityException;
import eu.emso.dmp.model.path.PathException;
import eu.emso.dmp.model.query.QueryException;
import eu.emso.dmp.model.store.StoreException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only place that maps failures to HTTP: client errors become 4xx with a JSON body
 * {@code {"code", "type": "error", "message"}} that names the problem; anything else is logged
 * with its stack trace and answered 500 without internals. A database that cannot be reached is
 * 503 with {@code Retry-After}; storage that is full or read-only is 507 Insufficient Storage.
 */
public final class ErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    /** Seconds a client is asked to wait before it tries again when the database is unavailable. */
    public static final int RETRY_AFTER_SECONDS = 5;
    private final Consumer<String> storageFull;

    /** @param storageFull told of every write refused because the storage is full or read-only */
    public ErrorMapper(Consumer<String> storageFull) {
        this.storageFull = storageFull;
    }

    public ErrorMapper() {
        this(reason -> { });
    }

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof QueryException q) {
            return error(400, q.getMessage());
        }
        if (e instanceof PathException p) {
            return error(p.malformed() ? 400 : 404, p.getMessage());
        }
        if (e instanceof InvalidEntityException || e instanceof BadRequest) {
            return error(400, e.getMessage());
        }
        if (e instanceof JsonProcessingException j) {
            return error(400, "the body is not valid JSON: " + j.getOriginalMessage()
                    + (j.getLocation() != null ? " at line " + j.getLocation().getLineNr() + ", column "
                    + j.getLocation().getColumnNr() : ""));
        }
        if (e instanceof eu.emso.dmp.model.store.ConflictException) {
            return error(409, e.getMessage());
        }
        if (e instanceof NotReady) {
            return unavailable(e.getMessage());
        }
        if (e instanceof StoreException s && s.fault() == StoreException.Fault.UNAVAILABLE) {
            return unavailable(UNAVAILABLE);
        }
        if (e instanceof StoreException s && s.fault() == StoreException.Fault.TIMEOUT) {
            return unavailable(s.getMessage()); // SQLSTATE 57014: the read timeout (docs/operations.md, Limits)
        }
        if (e instanceof StoreException s && s.fault() == StoreException.Fault.STORAGE_FULL) {
            storageFull.accept(rootMessage(s));
            return error(507, STORAGE_FULL);
        }
        if (tooLarge(e)) {
            return error(413, "the request body is larger than this server takes in one request (setting "
                    + "http.body.max): send the data in smaller requests");
        }
        if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            int s = w.getResponse().getStatus();
            return error(s, s == 404 ? "no such resource" : s == 405 ? "method not allowed here" : e.getMessage());
        }
        LOG.error("internal error", e);
        return error(500, "internal server error; the server log has the details");
    }

    /** The message of a request refused because the database cannot be reached. */
    public static final String UNAVAILABLE = "the database is unavailable (restarting or unreachable); "
            + "try again in a few seconds";
    /** The message of a write refused because the storage is full. */
    public static final String STORAGE_FULL = "the database's storage is full or read-only: nothing can be "
            + "written until space is freed (reads go on)";

    /** A 503 JSON error response with {@code Retry-After}. */
    public static Response unavailable(String message) {
        return Response.fromResponse(error(503, message)).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    /** Whether Jetty cut off a body sent without a length because it grew past the limit (413). */
    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException h && h.getCode() == 413) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.toString() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /** A JSON error response. */
    public static Response error(int status, String message) {
        return Response.status(status).type("application/json").entity(
                (jakarta.ws.rs.core.StreamingOutput) out -> out.write(JettyReplies.body(status, message))).build();
    }

    /** A request the client got wrong in a way no other exception names. */
    public static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public BadRequest(String message) {
            super(message);
        }
    }

    /** The server is still starting. */
    public static final class NotReady extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotReady() {
            super("the server is starting; try again in a moment");
        }
    }
}
