package eu.emso.dmp.server.federation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.auth.Requires;
import eu.emso.dmp.server.http.ErrorMapper;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * The HTTP edge of federation, under {@code /admin/federation}:
 * <ul>
 *   <li>{@code GET /admin/federation}: every source with its status; {@code GET .../{name}}: one;</li>
 *   <li>{@code POST /admin/federation} with {@code {"name", "kind", "source", "dataset", "filter",
 *       "every"}}: adds a source (201);</li>
 *   <li>{@code DELETE /admin/federation/{name}}: removes it (204);</li>
 *   <li>{@code POST /admin/federation/{name}/run}: harvests it now and answers the counts.</li>
 * </ul>
 * The writes need the admin role. Errors are JSON: 400 for a bad source, 404 for an unknown name,
 * 409 while the source is being harvested.
 */
@Path("/admin/federation")
public final class FederationResource {
    private final Supplier<Federation> federation;

    /** @param federation the harvester, which throws while the server is starting */
    public FederationResource(Supplier<Federation> federation) {
        this.federation = federation;
    }

    @GET
    public Response list() {
        ArrayNode a = Json.mapper().createArrayNode();
        federation.get().list().forEach(s -> a.add(FederationJson.status(s)));
        return json(200, a);
    }

    @GET
    @Path("{name}")
    public Response one(@PathParam("name") String name) {
        return federation.get().status(name).map(s -> json(200, FederationJson.status(s)))
                .orElseGet(() -> unknown(name));
    }

    @POST
    @Requires(Requires.Need.ADMIN)
    public Response add(InputStream body) throws IOException {
        JsonNode doc = Json.mapper().readTree(body);
        try {
            Federation f = federation.get();
            f.add(FederationJson.spec(doc));
            return json(201, FederationJson.status(f.status(doc.get("name").asText().strip()).orElseThrow()));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return ErrorMapper.error(400, e.getMessage());
        }
    }

    @DELETE
    @Path("{name}")
    @Requires(Requires.Need.ADMIN)
    public Response remove(@PathParam("name") String name) {
        return federation.get().remove(name) ? Response.noContent().build() : unknown(name);
    }

    @POST
    @Path("{name}/run")
    @Requires(Requires.Need.ADMIN)
    public Response run(@PathParam("name") String name) throws InterruptedException {
        try {
            return json(200, FederationJson.counts(federation.get().run(name)));
        } catch (java.util.NoSuchElementException e) {
            return unknown(name);
        } catch (IllegalStateException e) {
            return ErrorMapper.error(409, e.getMessage());
        }
    }

    private static Response unknown(String name) {
        return ErrorMapper.error(404, "there is no federation source named '" + name + "'");
    }

    private static Response json(int status, JsonNode body) {
        return Response.status(status).type("application/json").entity(body.toString()).build();
    }
}
