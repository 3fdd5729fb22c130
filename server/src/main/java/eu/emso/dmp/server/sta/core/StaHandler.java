package eu.emso.dmp.server.sta.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.RawJson;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.json.EntityEncoder;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.path.PathException;
import eu.emso.dmp.model.path.PathSegment;
import eu.emso.dmp.model.path.ResourcePath;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.query.QueryOptions;
import eu.emso.dmp.model.query.QueryParser;
import eu.emso.dmp.model.store.EntityOperations;
import eu.emso.dmp.server.http.ErrorMapper.BadRequest;
import eu.emso.dmp.server.http.Reply;
import eu.emso.dmp.server.sta.format.ResultFormats;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Carries out SensorThings requests on the entity store and shapes the replies (OGC 18-088,
 * clauses 9 and 10). Knows no HTTP framework. Thread-safe.
 */
public final class StaHandler {
    private final Supplier<? extends EntityOperations> store;
    private final ServiceRoot serviceRoot;
    private final ResultFormats formats;

    public StaHandler(Supplier<? extends EntityOperations> store, ServiceRoot serviceRoot) {
        this(store, serviceRoot, ResultFormats.none());
    }

    /** A handler that also answers the given {@code $resultFormat}s on collections (OGC 18-088, 13). */
    public StaHandler(Supplier<? extends EntityOperations> store, ServiceRoot serviceRoot, ResultFormats formats) {
        this.store = store;
        this.serviceRoot = serviceRoot;
        this.formats = formats;
    }

    /** The same handler carrying out its requests on {@code operations}, e.g. one shared transaction. */
    public StaHandler on(EntityOperations operations) {
        return new StaHandler(() -> operations, serviceRoot, formats);
    }

    /** A request: version, service root URL, path below it, decoded query parameters. */
    public record Request(Version version, String root, String path, Map<String, List<String>> params) {
    }

    public Reply root(Version v, String root) {
        return serviceRoot.reply(v, root);
    }

    public Reply get(Request r) {
        ResourcePath path = ResourcePathParser.parse(r.path());
        QueryOptions o = QueryParser.parse(r.params());
        EntityEncoder enc = new EntityEncoder(r.root());
        if (o.resultFormat().isPresent() && (!path.isCollection() || path.ref())) {
            throw new BadRequest("$resultFormat applies to collections of entities only");
        }
        if (path.property() != null) {
            return property(r, path, enc);
        }
        if (path.isCollection()) {
            Optional<Reply> file = o.resultFormat().isEmpty() ? Optional.empty()
                    : formats.file(o.resultFormat().get(), path, o, store.get());
            if (file.isPresent()) {
                return file.get();
            }
            EntitySet set = store.get().readCollection(r.version(), path.entity(), o);
            String next = set.more() ? Links.next(r.root(), r.path(), r.params(), set.top(),
                    set.skip() + set.top(), set.nextToken()) : null;
            if (o.resultFormat().isPresent()) {
                return formats.reply(o.resultFormat().get(), path.type(), set, next, r.root());
            }
            return json(200, g -> {
                if (path.ref()) {
                    enc.refs(g, set, next);
                } else {
                    enc.set(g, set, next);
                }
            });
        }
        EntityRow row = store.get().readEntity(r.version(), path.entity(), o);
        return json(200, g -> {
            if (path.ref()) {
                enc.ref(g, row);
            } else {
                enc.entity(g, row);
            }
        });
    }

    private Reply property(Request r, ResourcePath path, EntityEncoder enc) {
        if (!path.property().visibleIn(r.version())) {
            throw new PathException("'" + path.property().name() + "' is not a property in " + r.version().path(), false);
        }
        QueryOptions only = new QueryOptions(Optional.empty(), List.of(), java.util.OptionalInt.empty(),
                java.util.OptionalLong.empty(), false, List.of(List.of(path.property().name())), List.of(),
                Optional.empty(), Optional.empty());
        EntityRow row = store.get().readEntity(r.version(), path.entity(), only);
        Object value = path.property().name().equals("id") ? row.id() : row.values().get(path.property().name());
        if (path.value()) {
            String text = value == null ? "null" : value instanceof RawJson j ? j.text() : value.toString();
            return new Reply(200, "text/plain; charset=utf-8", Map.of(),
                    out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        }
        return json(200, g -> {
            g.writeStartObject();
            g.writeFieldName(path.property().name());
            EntityEncoder.value(g, value);
            g.writeEndObject();
        });
    }

    public Reply post(Request r, JsonNode body) {
        ResourcePath path = ResourcePathParser.parse(r.path());
        if (path.ref()) {
            store.get().link(path, body);
            return Reply.empty(204);
        }
        long id = store.get().create(path, body);
        ResourcePath created = new ResourcePath(List.of(new PathSegment(path.type(), null, id)), null, false, false);
        EntityRow row = store.get().readEntity(r.version(), created, QueryOptions.none());
        EntityEncoder enc = new EntityEncoder(r.root());
        return json(201, g -> enc.entity(g, row)).header("Location", enc.selfLink(row));
    }

    public Reply update(Request r, JsonNode body, boolean replace) {
        ResourcePath path = ResourcePathParser.parse(r.path());
        if (path.ref() && replace) {
            store.get().link(path, body);
            return Reply.empty(204);
        }
        requireEntity(path, replace ? "PUT" : "PATCH");
        store.get().update(path, body, replace);
        EntityRow row = store.get().readEntity(r.version(), path, QueryOptions.none());
        EntityEncoder enc = new EntityEncoder(r.root());
        return json(200, g -> enc.entity(g, row));
    }

    public Reply delete(Request r) {
        ResourcePath path = ResourcePathParser.parse(r.path());
        if (path.ref()) {
            store.get().unlink(path);
            return Reply.empty(200);
        }
        requireEntity(path, "DELETE");
        store.get().delete(path);
        return Reply.empty(200);
    }

    private static void requireEntity(ResourcePath path, String method) {
        if (path.isCollection() || path.property() != null || path.ref()) {
            throw new BadRequest(method + " needs the path of one entity, such as Things(1)");
        }
    }

    private interface Body {
        void write(JsonGenerator g) throws java.io.IOException;
    }

    private static Reply json(int status, Body body) {
        return Reply.json(status, (OutputStream out) -> {
            try (JsonGenerator g = Json.factory().createGenerator(out)) {
                body.write(g);
            }
        });
    }
}
