package eu.emso.dmp.server.sta.core;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.http.ErrorMapper.BadRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The HTTP edge of SensorThings: {@code /v1.0/...} and {@code /v1.1/...}. Each method decodes the
 * request, calls the handler and returns its reply; errors go to the exception mapper.
 */
@Path("/")
public final class StaResource {
    private static final String VERSION = "{version: v1\\.[01]}";
    private static final String PATH = VERSION + "/{path: .+}";
    private final StaHandler handler;
    private final Optional<String> baseUrl;

    /** @param baseUrl the external base URL for self links; empty to take it from each request */
    public StaResource(StaHandler handler, Optional<String> baseUrl) {
        this.handler = handler;
        this.baseUrl = baseUrl.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    }

    @GET
    @Path(VERSION)
    public Response root(@PathParam("version") String version, @Context UriInfo uri) {
        Version v = Version.ofPath(version);
        return handler.root(v, root(v, uri)).toResponse();
    }

    @GET
    @Path(PATH)
    public Response get(@PathParam("version") String version, @PathParam("path") String path,
                        @Context UriInfo uri) {
        return handler.get(request(version, path, uri)).toResponse();
    }

    @POST
    @Path(PATH)
    public Response post(@PathParam("version") String version, @PathParam("path") String path,
                         @Context UriInfo uri, InputStream body) throws IOException {
        return handler.post(request(version, path, uri), json(body)).toResponse();
    }

    @PATCH
    @Path(PATH)
    public Response patch(@PathParam("version") String version, @PathParam("path") String path,
                          @Context UriInfo uri, InputStream body) throws IOException {
        return handler.update(request(version, path, uri), json(body), false).toResponse();
    }

    @PUT
    @Path(PATH)
    public Response put(@PathParam("version") String version, @PathParam("path") String path,
                        @Context UriInfo uri, InputStream body) throws IOException {
        return handler.update(request(version, path, uri), json(body), true).toResponse();
    }

    @DELETE
    @Path(PATH)
    public Response delete(@PathParam("version") String version, @PathParam("path") String path,
                           @Context UriInfo uri) {
        return handler.delete(request(version, path, uri)).toResponse();
    }

    private StaHandler.Request request(String version, String path, UriInfo uri) {
        Version v = Version.ofPath(version);
        return new StaHandler.Request(v, root(v, uri), path, uri.getQueryParameters(true));
    }

    private String root(Version v, UriInfo uri) {
        return serviceRoot(baseUrl, v, uri);
    }

    /**
     * The service root URL of version {@code v} for self links: the configured external base
     * URL (without trailing slash) when there is one, else the base URL of the request.
     */
    public static String serviceRoot(Optional<String> baseUrl, Version v, UriInfo uri) {
        String base = baseUrl.orElseGet(() -> uri.getBaseUri().toString());
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/" + v.path();
    }

    /** The JSON document of a request body; 400 when there is none or it is not JSON. */
    public static JsonNode json(InputStream body) throws IOException {
        JsonNode node = body == null ? null : Json.mapper().readTree(body);
        if (node == null || node.isMissingNode()) {
            throw new BadRequest("the request needs a JSON body");
        }
        return node;
    }
}
