package eu.emso.dmp.server.http;

import eu.emso.dmp.model.db.ReadReplicas;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read routing at the HTTP edge (docs/scale-out.md): GET and HEAD requests read from a fresh
 * replica ({@link ReadReplicas}), all others from the primary. A successful write is answered
 * with header {@value #COMMIT} (the primary's WAL position after it); a read that carries that
 * value in {@value #AFTER} is served only by a replica that has replayed it, else by the
 * primary, so a client reads its own writes.
 */
public final class ReplicaReads extends Handler.Wrapper {
    /** Response header of a write: the WAL position covering it. */
    public static final String COMMIT = "DMP-Commit-LSN";
    /** Request header of a read: serve it with everything up to this WAL position. */
    public static final String AFTER = "DMP-Read-After";
    private final Supplier<ReadReplicas> replicas;

    /** Routes with the replicas {@code replicas} gives (null while the database is not open yet: the primary). */
    public ReplicaReads(Supplier<ReadReplicas> replicas, Handler next) {
        super(next);
        this.replicas = replicas;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        ReadReplicas r = replicas.get();
        if (r == null || !HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
            return super.handle(request, response, callback);
        }
        String after = request.getHeaders().get(AFTER);
        if (after != null && !ReadReplicas.isPosition(after)) {
            JettyReplies.error(response, callback, 400, "header " + AFTER + " must be a WAL position as given in "
                    + COMMIT + " (such as 0/3000148), found '" + after + "'", 0);
            return true;
        }
        boolean[] handled = new boolean[1];
        r.reading(after, () -> handled[0] = super.handle(request, response, callback));
        return handled[0];
    }

    /** Adds {@value #COMMIT} to the answers of successful writes. */
    public static final class CommitPosition implements ContainerResponseFilter {
        private static final Logger LOG = LoggerFactory.getLogger(CommitPosition.class);
        private final Supplier<ReadReplicas> replicas;

        public CommitPosition(Supplier<ReadReplicas> replicas) {
            this.replicas = replicas;
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            String method = request.getMethod();
            ReadReplicas r = replicas.get();
            if (r == null || method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")
                    || response.getStatus() >= 400) {
                return;
            }
            try {
                response.getHeaders().putSingle(COMMIT, r.commitPosition());
            } catch (SQLException e) {
                LOG.debug("no commit position for the answer: {}", e.getMessage());
            }
        }
    }
}
