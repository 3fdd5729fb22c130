package eu.emso.dmp.server.ogcapi.features;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.path.PathException;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.query.QueryOptions;
import eu.emso.dmp.model.store.EntityOperations;
import eu.emso.dmp.server.http.Reply;
import eu.emso.dmp.server.ogcapi.Answers;
import eu.emso.dmp.server.ogcapi.Links;
import eu.emso.dmp.server.ogcapi.MediaFormat;
import eu.emso.dmp.server.ogcapi.OgcApiException;
import eu.emso.dmp.server.ogcapi.OgcRequest;
import eu.emso.dmp.server.ogcapi.crs.Crs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The Features resources of the fixed collections: description, items, one item, queryables
 * (OGC 17-069r4, 7.14–7.16; OGC 19-079, 6.2). Reads through the store's query model. Thread-safe.
 */
public final class FeaturesHandler implements eu.emso.dmp.server.ogcapi.CollectionSource {
    private static final List<MediaFormat> FEATURE_FORMATS = List.of(MediaFormat.GEOJSON, MediaFormat.HTML);
    private final Supplier<? extends EntityOperations> store;
    private final FeaturesSettings settings;

    public FeaturesHandler(Supplier<? extends EntityOperations> store, FeaturesSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** The settings (limits) it serves with. */
    public FeaturesSettings settings() {
        return settings;
    }

    /**
     * The collection description of {@code type} (OGC 17-069r4, /req/core/sfc-md-items), with its
     * extent computed from the data ({@link CollectionExtent}).
     */
    public ObjectNode describe(String root, FeatureType type) {
        String url = root + "/collections/" + type.id();
        ObjectNode c = Json.mapper().createObjectNode();
        c.put("id", type.id());
        c.put("title", type.title());
        c.put("description", type.description());
        c.put("itemType", "feature");
        ArrayNode links = c.putArray("links");
        links.add(Links.link(url, "self", "application/json", "this collection"));
        links.add(Links.link(url + "?f=html", "alternate", "text/html", "this collection as html"));
        links.add(Links.link(url + "/items?f=geojson", "items", "application/geo+json", type.title() + " as GeoJSON"));
        links.add(Links.link(url + "/items?f=html", "items", "text/html", type.title() + " as HTML"));
        links.add(Links.link(url + "/queryables", "http://www.opengis.net/def/rel/ogc/1.0/queryables",
                "application/schema+json", "the queryables"));
        CollectionExtent.of(store.get(), type).write(c.putObject("extent"), type.time() != null);
        ArrayNode crs = c.putArray("crs");
        Crs.uris().forEach(crs::add);
        c.put("storageCrs", Crs.CRS84.uri());
        return c;
    }

    @Override
    public List<ObjectNode> collections(String root) {
        return FeatureTypes.all().stream().map(t -> describe(root, t)).toList();
    }

    @Override
    public boolean serves(String id) {
        return FeatureTypes.byId(id).isPresent();
    }

    /** {@code GET /collections/{id}}. */
    public Reply collection(OgcRequest r, String id) {
        FeatureType type = type(id);
        MediaFormat f = r.format(List.of(MediaFormat.JSON, MediaFormat.HTML));
        return Answers.document(describe(r.root(), type), f, type.title());
    }

    /** {@code GET /collections/{id}/items}: one page, streamed, with a next link when more follow. */
    public Reply items(OgcRequest r, String id) {
        FeatureType type = type(id);
        MediaFormat f = r.format(FEATURE_FORMATS);
        ItemsQuery q = ItemsQuery.of(r, type, settings);
        EntitySet page = read(type, q.options());
        String items = r.root() + "/collections/" + type.id() + "/items";
        String next = page.more() && page.nextToken() != null ? Links.with(items, r.params(), "cursor", page.nextToken())
                : null;
        Writer body = out -> collection(out, type, page, q.crs(), items, r, f, next);
        return reply(f, type.title(), body, q.crs());
    }

    /** {@code GET /collections/{id}/items/{fid}}; 404 when there is no such feature. */
    public Reply item(OgcRequest r, String id, String fid) {
        FeatureType type = type(id);
        MediaFormat f = r.format(FEATURE_FORMATS);
        r.onlyKnown(Set.of("f", "crs"));
        Crs crs = Crs.of(r.param("crs"), "crs");
        if (!fid.matches("\\d{1,18}")) {
            throw OgcApiException.notFound("no feature '" + fid + "' in collection " + id);
        }
        EntityRow row;
        try {
            row = store.get().readEntity(Version.V11, ResourcePathParser.parse(type.entitySet() + "(" + fid + ")"),
                    options(type, 1, null));
        } catch (PathException e) {
            throw OgcApiException.notFound("no feature " + fid + " in collection " + id);
        }
        String items = r.root() + "/collections/" + type.id() + "/items";
        Writer body = out -> {
            try (JsonGenerator g = Json.factory().createGenerator(out)) {
                GeoJsonWriter.feature(g, type, row, crs, items);
            }
        };
        return reply(f, type.title() + " " + fid, body, crs);
    }

    /** {@code GET /collections/{id}/queryables} (OGC 19-079, /req/queryables/get-queryables-op). */
    public Reply queryables(OgcRequest r, String id) {
        FeatureType type = type(id);
        MediaFormat f = r.format(List.of(MediaFormat.JSON, MediaFormat.HTML));
        ObjectNode s = Json.mapper().createObjectNode();
        s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        s.put("$id", r.root() + "/collections/" + id + "/queryables");
        s.put("type", "object");
        s.put("title", type.title());
        ObjectNode p = s.putObject("properties");
        type.queryables().keySet().stream().sorted().forEach(q -> p.putObject(q).put("type", "string").put("title", q));
        p.putObject("geometry").put("format", "geometry-any").put("title", "the feature's geometry");
        if (type.time() != null) {
            p.putObject("datetime").put("type", "string").put("format", "date-time").put("title", "its time");
        }
        s.put("additionalProperties", false);
        return Answers.document(s, f, type.title() + ": queryables");
    }

    /** The collection {@code id}; 404 when it is none of the feature collections. */
    public static FeatureType type(String id) {
        return FeatureTypes.byId(id).orElseThrow(() -> OgcApiException.notFound("no collection '" + id + "'"));
    }

    private EntitySet read(FeatureType type, QueryOptions o) {
        return store.get().readCollection(Version.V11, ResourcePathParser.parse(type.entitySet()), o);
    }

    private static QueryOptions options(FeatureType type, int top, String cursor) {
        return new QueryOptions(Optional.empty(), List.of(), OptionalInt.of(top), OptionalLong.empty(), false,
                List.of(), type.expand(), Optional.empty(), Optional.ofNullable(cursor));
    }

    private static void collection(OutputStream out, FeatureType type, EntitySet page, Crs crs, String items,
                                   OgcRequest r, MediaFormat f, String next) throws IOException {
        try (JsonGenerator g = Json.factory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (EntityRow row : page.rows()) {
                GeoJsonWriter.feature(g, type, row, crs, items);
            }
            g.writeEndArray();
            g.writeFieldName("links");
            ArrayNode links = Links.selfAndAlternates(items, r.params(), f == MediaFormat.HTML ? f : MediaFormat.GEOJSON,
                    FEATURE_FORMATS);
            if (next != null) {
                links.add(Links.link(next, "next", "application/geo+json", "the next page"));
            }
            g.writeTree(links);
            g.writeStringField("timeStamp", Instant.now().toString());
            g.writeNumberField("numberReturned", page.rows().size());
            g.writeEndObject();
        }
    }

    private static Reply reply(MediaFormat f, String title, Writer body, Crs crs) {
        Map<String, String> headers = Map.of("Content-Crs", "<" + crs.uri() + ">");
        if (f == MediaFormat.HTML) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try {
                body.write(buf);
                Reply page = Answers.document(Json.mapper().readTree(buf.toByteArray()), f, title);
                return page.header("Content-Crs", headers.get("Content-Crs"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return new Reply(200, MediaFormat.GEOJSON.mediaType(), headers, body::write);
    }

    /** A body writer that may fail with an I/O error. */
    @FunctionalInterface
    private interface Writer {
        void write(OutputStream out) throws IOException;
    }
}
