package eu.emso.dmp.server.ogcapi.edr;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.query.BinaryOp;
import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.query.Exprs;
import eu.emso.dmp.model.store.EntityOperations;
import eu.emso.dmp.server.http.Reply;
import eu.emso.dmp.server.ogcapi.Answers;
import eu.emso.dmp.server.ogcapi.CollectionSource;
import eu.emso.dmp.server.ogcapi.Links;
import eu.emso.dmp.server.ogcapi.MediaFormat;
import eu.emso.dmp.server.ogcapi.OgcApiException;
import eu.emso.dmp.server.ogcapi.OgcRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The EDR resources (OGC 19-086r6): the collections {@code platforms} and {@code platform-{id}},
 * their items and locations, and the position, radius, area, cube and locations queries. A query
 * is counted before anything is written: more values than the limit answer 413; otherwise the
 * values are streamed series by series. Thread-safe.
 */
public final class EdrHandler implements CollectionSource {
    private static final Pattern PLATFORM = Pattern.compile("platform-(\\d{1,18})");
    private final PlatformReader platforms;
    private final SeriesReader series;
    private final int maxValues;

    /** @param maxValues the most values one query may return */
    public EdrHandler(Supplier<? extends EntityOperations> store, int maxValues) {
        this.platforms = new PlatformReader(store, 10_000);
        this.series = new SeriesReader(store);
        this.maxValues = maxValues;
    }

    @Override
    public List<ObjectNode> collections(String root) {
        List<Platform> all = platforms.read(null);
        List<ObjectNode> out = new ArrayList<>();
        out.add(EdrCollections.describe(root, "platforms", "all platforms", all));
        for (Platform p : all) {
            out.add(EdrCollections.describe(root, "platform-" + p.id(), p.name(), List.of(p)));
        }
        return out;
    }

    @Override
    public boolean serves(String id) {
        if (id.equals("platforms")) {
            return true;
        }
        Matcher m = PLATFORM.matcher(id);
        return m.matches() && !platforms.read(idIs(Long.parseLong(m.group(1)))).isEmpty();
    }

    /** {@code GET /collections/{id}} of an EDR collection. */
    public Reply collection(OgcRequest r, String id) {
        r.onlyKnown(Set.of("f"));
        MediaFormat f = r.format(List.of(MediaFormat.JSON, MediaFormat.HTML));
        List<Platform> in = existing(id);
        String title = id.equals("platforms") ? "all platforms" : in.get(0).name();
        return Answers.document(EdrCollections.describe(r.root(), id, title, in), f, title);
    }

    /** {@code GET /collections/{id}/items}: the platforms of the collection as GeoJSON. */
    public Reply items(OgcRequest r, String id) {
        existing(id);
        EdrQuery q = EdrQuery.of(r, "items");
        List<Platform> all = platforms.read(and(scope(id), q.platforms()));
        int from = ItemsPage.cursor(r.param("cursor"), all.size());
        int to = Math.min(all.size(), from + ItemsPage.limit(r.param("limit"), all.size()));
        String next = to < all.size() ? Links.with(r.root() + "/collections/" + id + "/items", r.params(), "cursor",
                Integer.toString(to)) : null;
        return locations(r, id, "items", all.subList(from, to), next);
    }

    /** {@code GET /collections/{id}/items/{fid}}: one platform of the collection. */
    public Reply item(OgcRequest r, String id, String fid) {
        r.onlyKnown(Set.of("f"));
        List<Platform> one = fid.matches("\\d{1,18}") ? platforms.read(and(scope(id), idIs(Long.parseLong(fid)))) : List.of();
        if (one.isEmpty()) {
            throw OgcApiException.notFound("no item '" + fid + "' in collection " + id);
        }
        MediaFormat f = r.format(List.of(MediaFormat.GEOJSON, MediaFormat.HTML));
        return Answers.document(PlatformFeatures.feature(r.root(), id, "items", one.get(0)), f, one.get(0).name());
    }

    /** An EDR query {@code query} on collection {@code id}; {@code location} for {@code locations/{id}}. */
    public Reply query(OgcRequest r, String id, String query, String location) {
        Expr scope = scope(id);
        List<Platform> inCollection = existing(id);
        if (query.equals("locations") && location == null) {
            return locations(r, id, "locations", platforms.read(and(scope, EdrQuery.of(r, "locations").platforms())), null);
        }
        EdrQuery q = EdrQuery.of(r, location != null ? "location" : query);
        if (location != null) {
            if (!location.matches("\\d{1,18}")) {
                throw OgcApiException.notFound("no location '" + location + "' in collection " + id);
            }
            scope = and(scope, idIs(Long.parseLong(location)));
        }
        MediaFormat f = r.format(EdrCollections.OUTPUTS);
        if (!q.parameters().isEmpty()) {
            checkNames(q.parameters(), inCollection, id);
        }
        List<Platform> selected = platforms.read(and(scope, q.platforms()));
        if (location != null && selected.isEmpty()) {
            throw OgcApiException.notFound("no location '" + location + "' in collection " + id);
        }
        List<Platform> chosen = new ArrayList<>();
        long total = 0;
        for (Platform p : selected) {
            List<Platform.Series> keep = p.series().stream()
                    .filter(s -> q.parameters().isEmpty() || q.parameters().contains(s.parameter()))
                    .filter(s -> q.vertical() == null || q.vertical().matches(s.depth())).toList();
            for (Platform.Series s : keep) {
                total += series.count(s.id(), q.observations());
            }
            chosen.add(new Platform(p.id(), p.name(), p.lon(), p.lat(), keep));
        }
        if (total > maxValues) {
            throw new OgcApiException(413, "PayloadTooLarge", "the query selects " + total + " values, more than the "
                    + maxValues + " one response holds; narrow datetime, parameter-name or the area");
        }
        boolean latFirst = q.crs().latitudeFirst();
        return new Reply(200, f.mediaType(), Map.of(), out -> {
            try (SeriesWriter w = writer(f, out, chosen, latFirst)) {
                for (Platform p : chosen) {
                    for (Platform.Series s : p.series()) {
                        w.series(p, s, sink -> series.read(s.id(), q.observations(), sink));
                    }
                }
            }
        });
    }

    private static SeriesWriter writer(MediaFormat f, OutputStream out, List<Platform> chosen, boolean latFirst)
            throws IOException {
        return switch (f) {
            case CSV -> new CsvSeriesWriter(out);
            case GEOJSON -> new GeoJsonSeriesWriter(out, latFirst);
            case HTML -> new HtmlSeriesWriter(out);
            default -> new CoverageJsonWriter(out, chosen, latFirst);
        };
    }

    /** The platforms {@code in} as the GeoJSON answer of {@code path}, {@code items} or {@code locations}. */
    private Reply locations(OgcRequest r, String id, String path, List<Platform> in, String next) {
        List<MediaFormat> formats = List.of(MediaFormat.GEOJSON, MediaFormat.HTML);
        MediaFormat f = r.format(formats);
        ArrayNode links = Links.selfAndAlternates(r.root() + "/collections/" + id + "/" + path, r.params(), f, formats);
        if (next != null) {
            links.add(Links.link(next, "next", f.mediaType(), "the next page"));
        }
        return Answers.document(PlatformFeatures.collection(r.root(), id, path, in, links), f, "Locations");
    }

    private static void checkNames(Set<String> asked, List<Platform> in, String id) {
        Set<String> known = new TreeSet<>();
        in.forEach(p -> p.series().forEach(s -> known.add(s.parameter())));
        for (String n : asked) {
            if (!known.contains(n)) {
                throw OgcApiException.invalidParameter("parameter-name", "'" + n + "' is not a parameter of " + id
                        + "; its parameters are " + known);
            }
        }
    }

    /** The platforms of collection {@code id}; 404 when it is no EDR collection or its platform does not exist. */
    private List<Platform> existing(String id) {
        List<Platform> in = platforms.read(scope(id));
        if (in.isEmpty() && !id.equals("platforms")) {
            throw OgcApiException.notFound("no collection '" + id + "'");
        }
        return in;
    }

    /** The condition on Things of collection {@code id}; 404 when it is no EDR collection. */
    private static Expr scope(String id) {
        if (id.equals("platforms")) {
            return null;
        }
        Matcher m = PLATFORM.matcher(id);
        if (!m.matches()) {
            throw OgcApiException.notFound("no collection '" + id + "'");
        }
        return idIs(Long.parseLong(m.group(1)));
    }

    private static Expr idIs(long id) {
        return new Expr.Binary(BinaryOp.EQ, new Expr.Path(List.of("id")), new Expr.NumLit(BigDecimal.valueOf(id), true));
    }

    private static Expr and(Expr a, Expr b) {
        return Exprs.allOf(java.util.Arrays.asList(a, b));
    }
}
