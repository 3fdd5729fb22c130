package eu.emso.dmp.server.ingest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import eu.emso.dmp.server.http.ErrorMapper.BadRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The HTTP edge of ingest.
 * <ul>
 *   <li>{@code POST /ingest?format=F&platform=P&source=NAME} with the file as body, streamed;
 *       answers {@code 200} with the JSON counts once everything is durable. Format options
 *       ({@code instrument}, {@code parameter}, {@code unit}, {@code sensor}) are query
 *       parameters too.</li>
 *   <li>{@code GET /ingest/quarantine?after=ID&limit=N}: quarantine entries, oldest first.</li>
 *   <li>{@code POST /ingest/quarantine/replay[?id=N][&platform=P]}: replays one or all entries.</li>
 * </ul>
 * Unknown formats or platforms answer 400 with a JSON body naming them.
 */
@Path("/ingest")
public final class IngestResource {
    private final Supplier<IngestService> service;

    /** @param service the service, which throws while the server is starting */
    public IngestResource(Supplier<IngestService> service) {
        this.service = service;
    }

    @POST
    public Response push(@QueryParam("format") String format, @QueryParam("platform") String platform,
                         @QueryParam("source") @DefaultValue("upload") String source,
                         @QueryParam("instrument") String instrument, @QueryParam("parameter") String parameter,
                         @QueryParam("unit") String unit, @QueryParam("sensor") String sensor,
                         InputStream body) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        put(options, "instrument", instrument);
        put(options, "parameter", parameter);
        put(options, "unit", unit);
        put(options, "sensor", sensor);
        try {
            return json(IngestJson.counts(service.get().ingest(body, format, platform, source, options)));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    @GET
    @Path("quarantine")
    public Response quarantine(@QueryParam("after") @DefaultValue("0") long after,
                               @QueryParam("limit") @DefaultValue("100") int limit) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        service.get().quarantined(after, limit).forEach(e -> a.add(IngestJson.entry(e)));
        return json(a);
    }

    @POST
    @Path("quarantine/replay")
    @eu.emso.dmp.server.auth.Requires(eu.emso.dmp.server.auth.Requires.Need.ADMIN)
    public Response replay(@QueryParam("id") Long id, @QueryParam("platform") String platform) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        try {
            service.get().replay(id, platform).forEach(r -> a.add(IngestJson.replay(r)));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        return json(a);
    }

    private static void put(Map<String, String> options, String key, String value) {
        if (value != null && !value.isBlank()) {
            options.put(key, value);
        }
    }

    private static Response json(Object entity) {
        return Response.ok(entity.toString(), "application/json").build();
    }
}
