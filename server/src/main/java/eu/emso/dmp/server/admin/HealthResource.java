package eu.emso.dmp.server.admin;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.health.Check;
import eu.emso.dmp.server.health.Health;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Map;

/**
 * {@code GET /health}, {@code /health/ready} and {@code /health/live}: 200
 * {@code {"status":"UP","checks":{...}}} when all is well, 503 {@code {"status":"DOWN","checks":{...}}}
 * naming the failing check otherwise (docs/operations.md). {@code /health} covers every check,
 * {@code /health/ready} only what serving requests needs, {@code /health/live} the process.
 */
@Path("/health")
@eu.emso.dmp.server.auth.Requires(eu.emso.dmp.server.auth.Requires.Need.OPEN) // probes read it on closed deployments too
public final class HealthResource {
    private final Health health;

    public HealthResource(Health health) {
        this.health = health;
    }

    @GET
    public Response health() {
        return answer(health.all());
    }

    @GET
    @Path("ready")
    public Response ready() {
        return answer(health.ready());
    }

    @GET
    @Path("live")
    public Response live() {
        return answer(Map.of("process", Check.ok()));
    }

    private static Response answer(Map<String, Check> checks) {
        boolean up = Health.up(checks);
        StreamingOutput body = out -> {
            try (JsonGenerator g = Json.factory().createGenerator(out)) {
                g.writeStartObject();
                g.writeStringField("status", up ? "UP" : "DOWN");
                g.writeObjectFieldStart("checks");
                for (Map.Entry<String, Check> e : checks.entrySet()) {
                    g.writeObjectFieldStart(e.getKey());
                    g.writeStringField("status", e.getValue().up() ? "UP" : "DOWN");
                    g.writeStringField("detail", e.getValue().detail());
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeEndObject();
            }
        };
        Response.ResponseBuilder r = Response.status(up ? 200 : 503).type("application/json").entity(body)
                .header("Cache-Control", "no-store");
        return up ? r.build() : r.header("Retry-After", "5").build();
    }
}
