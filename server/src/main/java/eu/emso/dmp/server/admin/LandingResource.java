package eu.emso.dmp.server.admin;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.emso.dmp.model.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/**
 * {@code GET /landing}: a small JSON document listing where each face of the server answers, for
 * scripts that look for the faces ({@code /} itself is the data portal).
 */
@Path("/")
public final class LandingResource {
    private static final Map<String, String> FACES = new java.util.LinkedHashMap<>();

    static {
        FACES.put("SensorThings API 1.1", "v1.1");
        FACES.put("SensorThings API 1.0", "v1.0");
        FACES.put("Data portal", "");
        FACES.put("OGC API", "ogcapi");
        FACES.put("SOS 2.0", "sos/service?service=SOS&request=GetCapabilities");
        FACES.put("Ingest", "ingest");
        FACES.put("Health", "health");
        FACES.put("Metrics", "metrics");
    }

    @GET
    @Path("landing")
    public Response landing(@Context UriInfo uri) {
        String base = uri.getBaseUri().toString();
        StreamingOutput body = out -> {
            try (JsonGenerator g = Json.factory().createGenerator(out)) {
                g.writeStartObject();
                g.writeStringField("title", "EMSO DMP server");
                g.writeArrayFieldStart("links");
                for (Map.Entry<String, String> f : FACES.entrySet()) {
                    g.writeStartObject();
                    g.writeStringField("title", f.getKey());
                    g.writeStringField("href", base + f.getValue());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        };
        return Response.ok(body, "application/json").build();
    }
}
