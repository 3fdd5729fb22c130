package eu.emso.dmp.server.admin;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.function.BooleanSupplier;

/** {@code GET /health}: 200 once the server is ready, 503 while it starts. */
@Path("/health")
public final class HealthResource {
    private final BooleanSupplier ready;

    public HealthResource(BooleanSupplier ready) {
        this.ready = ready;
    }

    @GET
    public Response health() {
        boolean up = ready.getAsBoolean();
        return Response.status(up ? 200 : 503).type("application/json")
                .entity("{\"status\":\"" + (up ? "UP" : "STARTING") + "\"}").build();
    }
}
