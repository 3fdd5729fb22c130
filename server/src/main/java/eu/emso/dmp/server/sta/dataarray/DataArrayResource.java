package eu.emso.dmp.server.sta.dataarray;

import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.server.sta.core.StaResource;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The HTTP edge of {@code POST /v1.x/CreateObservations}: decodes, calls the handler, returns its
 * reply. Immutable; thread-safe.
 */
@Path("{version: v1\\.[01]}/CreateObservations")
public final class DataArrayResource {
    private final CreateObservations handler;
    private final Optional<String> baseUrl;

    /** @param baseUrl the external base URL for self links; empty to take it from each request */
    public DataArrayResource(CreateObservations handler, Optional<String> baseUrl) {
        this.handler = handler;
        this.baseUrl = baseUrl;
    }

    @POST
    public Response create(@PathParam("version") String version, @Context UriInfo uri, InputStream body)
            throws IOException {
        String root = StaResource.serviceRoot(baseUrl, Version.ofPath(version), uri);
        return handler.create(root, body == null ? InputStream.nullInputStream() : body).toResponse();
    }
}
