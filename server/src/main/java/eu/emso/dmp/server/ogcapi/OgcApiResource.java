package eu.emso.dmp.server.ogcapi;

import eu.emso.dmp.model.path.PathException;
import eu.emso.dmp.model.query.QueryException;
import eu.emso.dmp.server.http.Reply;
import eu.emso.dmp.server.ogcapi.edr.EdrHandler;
import eu.emso.dmp.server.ogcapi.features.FeaturesHandler;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.function.Function;

/**
 * The HTTP edge of the OGC API face under {@code /ogcapi}: each method decodes the request,
 * calls one handler and returns its reply; every client error becomes an OGC API exception
 * document with 400 or 404, and an unknown path a 404 of the same kind.
 */
@Path("/ogcapi")
public final class OgcApiResource {
    private static final String ACCEPT = "Accept";
    private final LandingPage landing;
    private final Collections collections;
    private final FeaturesHandler features;
    private final EdrHandler edr;
    private final OpenApiDocument api;
    private final Optional<String> baseUrl;

    /** @param baseUrl the external base URL for links; empty to take it from each request */
    public OgcApiResource(LandingPage landing, Collections collections, FeaturesHandler features, EdrHandler edr,
                          OpenApiDocument api, Optional<String> baseUrl) {
        this.landing = landing;
        this.collections = collections;
        this.features = features;
        this.edr = edr;
        this.api = api;
        this.baseUrl = baseUrl.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    }

    @GET
    public Response landing(@Context UriInfo uri, @HeaderParam(ACCEPT) String accept) {
        return run(uri, accept, landing::landing);
    }

    @GET
    @Path("conformance")
    public Response conformance(@Context UriInfo uri, @HeaderParam(ACCEPT) String accept) {
        return run(uri, accept, landing::conformance);
    }

    @GET
    @Path("api")
    public Response api(@Context UriInfo uri, @HeaderParam(ACCEPT) String accept) {
        return run(uri, accept, api::reply);
    }

    @GET
    @Path("collections")
    public Response collections(@Context UriInfo uri, @HeaderParam(ACCEPT) String accept) {
        return run(uri, accept, collections::list);
    }

    @GET
    @Path("collections/{id}")
    public Response collection(@PathParam("id") String id, @Context UriInfo uri, @HeaderParam(ACCEPT) String accept) {
        return run(uri, accept, r -> features.serves(id) ? features.collection(r, id) : edr.collection(r, id));
    }

    @GET
    @Path("collections/{id}/items")
    public Response items(@PathParam("id") String id, @Context UriInfo uri, @HeaderParam(ACCEPT) String accept) {
        return run(uri, accept, r -> features.serves(id) ? features.items(r, id) : edr.items(r, id));
    }

    @GET
    @Path("collections/{id}/items/{fid}")
    public Response item(@PathParam("id") String id, @PathParam("fid") String fid, @Context UriInfo uri,
                         @HeaderParam(ACCEPT) String accept) {
        return run(uri, accept, r -> features.serves(id) ? features.item(r, id, fid) : edr.item(r, id, fid));
    }

    @GET
    @Path("collections/{id}/queryables")
    public Response queryables(@PathParam("id") String id, @Context UriInfo uri, @HeaderParam(ACCEPT) String accept) {
        return run(uri, accept, r -> features.queryables(r, id));
    }

    @GET
    @Path("collections/{id}/{query: position|area|radius|cube|locations}")
    public Response query(@PathParam("id") String id, @PathParam("query") String query, @Context UriInfo uri,
                          @HeaderParam(ACCEPT) String accept) {
        return run(uri, accept, r -> edr.query(r, id, query, null));
    }

    @GET
    @Path("collections/{id}/locations/{lid}")
    public Response location(@PathParam("id") String id, @PathParam("lid") String lid, @Context UriInfo uri,
                             @HeaderParam(ACCEPT) String accept) {
        return run(uri, accept, r -> edr.query(r, id, "locations", lid));
    }

    @GET
    @Path("{any: .+}")
    public Response unknown(@PathParam("any") String any) {
        return Answers.exception(OgcApiException.notFound("no resource /ogcapi/" + any)).toResponse();
    }

    private Response run(UriInfo uri, String accept, Function<OgcRequest, Reply> handler) {
        try {
            return handler.apply(new OgcRequest(root(uri), uri.getQueryParameters(true), accept)).toResponse();
        } catch (OgcApiException e) {
            return Answers.exception(e).toResponse();
        } catch (QueryException e) {
            return Answers.exception(400, "InvalidParameterValue", e.getMessage()).toResponse();
        } catch (PathException e) {
            return Answers.exception(e.malformed() ? 400 : 404, e.malformed() ? "InvalidParameterValue" : "NotFound",
                    e.getMessage()).toResponse();
        }
    }

    private String root(UriInfo uri) {
        String base = baseUrl.orElseGet(() -> uri.getBaseUri().toString());
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/ogcapi";
    }
}
