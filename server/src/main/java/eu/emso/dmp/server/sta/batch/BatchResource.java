package eu.emso.dmp.server.sta.batch;

import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.server.sta.core.StaResource;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * The HTTP edge of {@code POST /v1.x/$batch}: a {@code multipart/mixed} body is read as an OData
 * 4.0 multipart batch (SensorThings 1.0), anything else as a JSON batch (SensorThings 1.1).
 * Immutable; thread-safe.
 */
@Path("{version: v1\\.[01]}/$batch")
public final class BatchResource {
    private final BatchExecutor executor;
    private final Optional<String> baseUrl;

    /** @param baseUrl the external base URL for self links; empty to take it from each request */
    public BatchResource(BatchExecutor executor, Optional<String> baseUrl) {
        this.executor = executor;
        this.baseUrl = baseUrl;
    }

    @POST
    public Response batch(@PathParam("version") String version, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                          @Context UriInfo uri, InputStream body) throws IOException {
        Version v = Version.ofPath(version);
        String root = StaResource.serviceRoot(baseUrl, v, uri);
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/mixed")) {
            MultipartBatch batch = MultipartBatch.read(type, body.readAllBytes());
            return batch.reply(executor.run(v, root, batch.requests())).toResponse();
        }
        return JsonBatch.reply(executor.run(v, root, JsonBatch.parse(StaResource.json(body)))).toResponse();
    }
}
