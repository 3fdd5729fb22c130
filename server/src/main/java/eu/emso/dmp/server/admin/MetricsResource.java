package eu.emso.dmp.server.admin;

import eu.emso.dmp.server.metrics.Metrics;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** {@code GET /metrics}: every meter in the Prometheus text format (docs/operations.md). */
@Path("/metrics")
public final class MetricsResource {
    /** The content type of the Prometheus text exposition format. */
    public static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";
    private final Metrics metrics;

    public MetricsResource(Metrics metrics) {
        this.metrics = metrics;
    }

    @GET
    public Response scrape() {
        return Response.ok(metrics.scrape(), TEXT_FORMAT).header("Cache-Control", "no-store").build();
    }
}
