package eu.emso.dmp.server.exports;

import eu.emso.dmp.server.http.ErrorMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;

/**
 * The HTTP edge of exports: {@code GET /exports/{csv|geojson|netcdf}?datastreams=|thing=&from=&to=&flags=}.
 * Decodes, calls the handler, encodes; a bad parameter answers 400 and an unknown id or format
 * 404, each with a JSON error naming the parameter.
 */
@Path("/exports")
public final class ExportResource {
    private final ExportHandler handler;

    public ExportResource(ExportHandler handler) {
        this.handler = handler;
    }

    @GET
    @Path("{format}")
    public Response export(@PathParam("format") String format, @Context UriInfo uri) throws IOException {
        try {
            return handler.export(format, uri.getQueryParameters()).toResponse();
        } catch (ExportException e) {
            return ErrorMapper.error(e.status(), e.getMessage());
        }
    }

    /** {@code GET /aggregates?datastreams=|thing=&interval=&from=&to=&flags=}, with the same errors. */
    @Path("/aggregates")
    public static final class Aggregates {
        private final AggregateHandler handler;

        public Aggregates(AggregateHandler handler) {
            this.handler = handler;
        }

        @GET
        public Response aggregates(@Context UriInfo uri) {
            try {
                return handler.aggregates(uri.getQueryParameters()).toResponse();
            } catch (ExportException e) {
                return ErrorMapper.error(e.status(), e.getMessage());
            }
        }
    }
}
