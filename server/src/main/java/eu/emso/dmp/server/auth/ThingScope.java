package eu.emso.dmp.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.store.ThingOwnership;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writes a writer restricted to some Things may make, all through SensorThings: to those
 * Things and everything under them ({@code Things(T)/...}), to their Datastreams and under them
 * ({@code Datastreams(D)/...}, such as {@code POST Datastreams(D)/Observations}), Observations
 * posted to {@code Observations} whose {@code Datastream} is one of theirs, and dataArray
 * creates ({@code CreateObservations}) whose Datastreams are all theirs. Any other write is
 * refused (403) before it starts. Thread-safe.
 */
public final class ThingScope {
    private static final Pattern ENTITY = Pattern.compile("v1\\.[01]/(Things|Datastreams)\\((\\d+)\\)(/.*)?");
    private static final Pattern OBSERVATIONS = Pattern.compile("v1\\.[01]/Observations");
    private static final Pattern DATA_ARRAY = Pattern.compile("v1\\.[01]/CreateObservations");
    private final Supplier<ThingOwnership> ownership;

    /** @param ownership the Thing of each Datastream (may throw while the server is starting) */
    public ThingScope(Supplier<ThingOwnership> ownership) {
        this.ownership = ownership;
    }

    /** Returns when {@code caller} may make this write; throws 403 otherwise. */
    void check(ContainerRequestContext request, Caller caller) throws IOException {
        String path = request.getUriInfo().getPath(true);
        path = path.startsWith("/") ? path.substring(1) : path;
        Matcher m = ENTITY.matcher(path);
        if (m.matches()) {
            long id = Long.parseLong(m.group(2));
            require(caller, m.group(1).equals("Things") ? OptionalLong.of(id) : ownership.get().thingOfDatastream(id));
            return;
        }
        boolean post = request.getMethod().equals("POST");
        if (post && OBSERVATIONS.matcher(path).matches()) {
            require(caller, datastreamThing(body(request)));
            return;
        }
        if (post && DATA_ARRAY.matcher(path).matches()) {
            JsonNode body = body(request);
            List<JsonNode> items = new ArrayList<>();
            (body.isArray() ? body : List.of(body)).forEach(items::add);
            for (JsonNode item : items) {
                require(caller, datastreamThing(item));
            }
            return;
        }
        throw refused(caller);
    }

    private OptionalLong datastreamThing(JsonNode entity) {
        JsonNode id = entity.path("Datastream").path("@iot.id");
        return id.canConvertToLong() ? ownership.get().thingOfDatastream(id.asLong()) : OptionalLong.empty();
    }

    private static void require(Caller caller, OptionalLong thing) {
        if (thing.isEmpty() || !caller.things().contains(thing.getAsLong())) {
            throw refused(caller);
        }
    }

    /** Reads the body and puts it back for the resource method. */
    private static JsonNode body(ContainerRequestContext request) throws IOException {
        byte[] bytes = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(bytes));
        try {
            JsonNode n = Json.mapper().readTree(bytes);
            return n == null ? Json.mapper().createObjectNode() : n;
        } catch (IOException e) {
            return Json.mapper().createObjectNode(); // not JSON: names no Datastream, so refused
        }
    }

    private static AuthException refused(Caller caller) {
        return AuthException.forbidden(caller + " may write only to the Things " + caller.things()
                + " (Things(id)/..., their Datastreams(id)/..., Observations and CreateObservations naming "
                + "their Datastreams)");
    }
}
