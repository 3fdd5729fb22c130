package eu.emso.dmp.server.portal;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.store.Buckets;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.server.http.ErrorMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * The HTTP edge of the data portal: {@code GET /} (the page), {@code /portal/...} (its scripts and
 * styles), {@code /portal/lib/<library>/...} (bundled libraries) and
 * {@code /portal/api/datastreams/{id}/buckets} (min/max per time bucket, docs/portal.md).
 */
@Path("/")
public final class PortalResource {
    private final Supplier<EntityStore> store;
    private final StaticFiles files = new StaticFiles();

    public PortalResource(Supplier<EntityStore> store) {
        this.store = store;
    }

    @GET
    public Response index() {
        return files.page("index.html");
    }

    @GET
    @Path("portal/{file: (?!lib/|api/).+}")
    public Response file(@PathParam("file") String file) {
        return files.page(file);
    }

    @GET
    @Path("portal/lib/{library}/{file: .+}")
    public Response library(@PathParam("library") String library, @PathParam("file") String file) {
        return files.bundled(library, file);
    }

    @GET
    @Path("portal/api/datastreams/{id}/buckets")
    public Response buckets(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("n") String n, @QueryParam("hideBad") String hideBad) {
        BucketRequest r = BucketRequest.parse(id, from, to, n, hideBad);
        return store.get().buckets(r.datastream(), r.from(), r.to(), r.n(), r.hideBad())
                .map(b -> Response.ok(json(r, b), "application/json").build())
                .orElseGet(() -> ErrorMapper.error(404, "no Datastream with id " + r.datastream()));
    }

    private static StreamingOutput json(BucketRequest r, Buckets b) {
        return out -> {
            try (JsonGenerator g = Json.factory().createGenerator(out)) {
                g.writeStartObject();
                g.writeNumberField("datastream", r.datastream());
                g.writeStringField("from", b.from() == null ? null : b.from().toString());
                g.writeStringField("to", b.to() == null ? null : b.to().toString());
                g.writeNumberField("n", b.n());
                g.writeBooleanField("hideBad", r.hideBad());
                g.writeStringField("origin", b.origin() == null ? null : b.origin().toString());
                g.writeNumberField("width", b.width());
                g.writeNumberField("granule", b.granule());
                column(g, "time", b, x -> g.writeNumber(x.time().toEpochMilli() / 1000.0));
                column(g, "min", b, x -> g.writeNumber(x.min()));
                column(g, "max", b, x -> g.writeNumber(x.max()));
                column(g, "mean", b, x -> g.writeNumber(x.mean()));
                column(g, "count", b, x -> g.writeNumber(x.count()));
                column(g, "flag", b, x -> g.writeNumber(x.flag()));
                g.writeEndObject();
            }
        };
    }

    private interface Cell {
        void write(Buckets.Bucket b) throws IOException;
    }

    private static void column(JsonGenerator g, String name, Buckets b, Cell cell) throws IOException {
        g.writeArrayFieldStart(name);
        for (Buckets.Bucket x : b.entries()) {
            cell.write(x);
        }
        g.writeEndArray();
    }
}
