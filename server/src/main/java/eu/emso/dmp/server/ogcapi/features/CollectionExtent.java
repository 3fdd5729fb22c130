package eu.emso.dmp.server.ogcapi.features;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.RawJson;
import eu.emso.dmp.model.entity.TimeValue;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.query.Expand;
import eu.emso.dmp.model.query.QueryOptions;
import eu.emso.dmp.model.store.EntityOperations;
import eu.emso.dmp.server.ogcapi.Extent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The extent of a feature collection computed from its data (OGC 17-069r4, 7.14): every feature's
 * geometry widens the bounding box, every time of its temporal path (a Datastream's phenomenon
 * time; for a platform, those of its Datastreams) the interval. Reads the whole entity set page by
 * page (10,000 a page), its geometry and times only, at every collection description: the cost
 * grows with the number of platforms, features and Datastreams, not with observations. Stateless.
 */
final class CollectionExtent {
    private static final int PAGE = 10_000;

    private CollectionExtent() {
    }

    /** The extent of {@code type} as the store holds it now. */
    static Extent of(EntityOperations store, FeatureType type) {
        Extent x = new Extent();
        String token = null;
        do {
            EntitySet page = store.readCollection(Version.V11, ResourcePathParser.parse(type.entitySet()),
                    options(type, token));
            for (EntityRow row : page.rows()) {
                RawJson g = type.geometryOf(row);
                if (g != null) {
                    x.geometry(parse(g));
                }
                times(type, row, x);
            }
            token = page.more() ? page.nextToken() : null;
        } while (token != null);
        return x;
    }

    private static void times(FeatureType type, EntityRow row, Extent x) {
        if (type.time() == null) {
            return;
        }
        List<String> t = type.time().segments();
        if (t.size() == 1) {
            x.time(row.values().get(t.get(0)) instanceof TimeValue v ? v : null);
        } else if (row.expanded().get(t.get(0)) instanceof EntitySet nested) {
            nested.rows().forEach(n -> x.time(n.values().get(t.get(1)) instanceof TimeValue v ? v : null));
        }
    }

    private static QueryOptions options(FeatureType type, String token) {
        List<Expand> expand = new ArrayList<>(type.expand());
        if (type.time() != null && type.time().segments().size() == 2) {
            expand.add(new Expand(List.of(type.time().segments().get(0)), new QueryOptions(Optional.empty(), List.of(),
                    OptionalInt.of(PAGE), OptionalLong.empty(), false, List.of(List.of(type.time().segments().get(1))),
                    List.of(), Optional.empty(), Optional.empty())));
        }
        return new QueryOptions(Optional.empty(), List.of(), OptionalInt.of(PAGE), OptionalLong.empty(), false,
                List.of(), expand, Optional.empty(), Optional.ofNullable(token));
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(RawJson g) {
        try {
            return Json.mapper().readTree(g.text());
        } catch (IOException e) {
            return Json.mapper().missingNode();
        }
    }
}
