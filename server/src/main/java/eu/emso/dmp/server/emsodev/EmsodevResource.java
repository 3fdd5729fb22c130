package eu.emso.dmp.server.emsodev;

import eu.emso.dmp.server.http.ErrorMapper;
import eu.emso.dmp.server.http.Reply;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * The HTTP edge of the EMSODEV API, under {@code /emsodev}:
 * {@code GET /observatories}, {@code /observatories/{obs}/instruments},
 * {@code .../instruments/{inst}} (metadata), {@code .../instruments/{inst}/parameters},
 * {@code .../parameters/{p}?startDate=dd/MM/yyyy&endDate=dd/MM/yyyy} and
 * {@code .../parameters/{p}/limit/{n}}. Reads follow {@code auth.reads} like every face (HTTP
 * Basic is accepted; when reads are closed, an anonymous request gets 401 with
 * {@code WWW-Authenticate}). Errors are JSON: 400 for a bad date or limit, 404 for an unknown name.
 */
@Path("/emsodev/observatories")
public final class EmsodevResource {
    private static final String INSTRUMENT = "{obs}/instruments/{inst}";
    private final EmsodevHandler handler;

    public EmsodevResource(EmsodevHandler handler) {
        this.handler = handler;
    }

    @GET
    public Response observatories() {
        return answer(handler::observatories);
    }

    @GET
    @Path("{obs}/instruments")
    public Response instruments(@PathParam("obs") String obs) {
        return answer(() -> handler.instruments(obs));
    }

    @GET
    @Path(INSTRUMENT)
    public Response metadata(@PathParam("obs") String obs, @PathParam("inst") String inst) {
        return answer(() -> handler.metadata(obs, inst));
    }

    @GET
    @Path(INSTRUMENT + "/parameters")
    public Response parameters(@PathParam("obs") String obs, @PathParam("inst") String inst) {
        return answer(() -> handler.parameters(obs, inst));
    }

    @GET
    @Path(INSTRUMENT + "/parameters/{p}")
    public Response observations(@PathParam("obs") String obs, @PathParam("inst") String inst,
                                 @PathParam("p") String p, @QueryParam("startDate") String start,
                                 @QueryParam("endDate") String end) {
        return answer(() -> handler.observations(obs, inst, p, start, end));
    }

    @GET
    @Path(INSTRUMENT + "/parameters/{p}/limit/{n}")
    public Response latest(@PathParam("obs") String obs, @PathParam("inst") String inst, @PathParam("p") String p,
                           @PathParam("n") String n) {
        return answer(() -> handler.latest(obs, inst, p, n));
    }

    private static Response answer(Supplier<Reply> call) {
        try {
            return call.get().toResponse();
        } catch (EmsodevException e) {
            return ErrorMapper.error(e.status(), e.getMessage());
        }
    }
}
