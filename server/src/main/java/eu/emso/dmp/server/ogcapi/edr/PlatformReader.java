package eu.emso.dmp.server.ogcapi.edr;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.query.Expand;
import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.query.QueryOptions;
import eu.emso.dmp.model.store.EntityOperations;
import eu.emso.dmp.server.ogcapi.OgcApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Supplier;

/** Reads platforms with their Location and Datastreams through the store's query model. Thread-safe. */
final class PlatformReader {
    private final Supplier<? extends EntityOperations> store;
    private final int maxPlatforms;

    PlatformReader(Supplier<? extends EntityOperations> store, int maxPlatforms) {
        this.store = store;
        this.maxPlatforms = maxPlatforms;
    }

    /** The platforms {@code condition} (on Things; null: all) selects, in id order; 413 when too many. */
    List<Platform> read(Expr condition) {
        QueryOptions ds = new QueryOptions(Optional.empty(), List.of(), OptionalInt.of(1000), OptionalLong.empty(),
                false, List.of(), List.of(new Expand(List.of("ObservedProperty"), QueryOptions.none())),
                Optional.empty(), Optional.empty());
        QueryOptions loc = new QueryOptions(Optional.empty(), List.of(), OptionalInt.of(1), OptionalLong.empty(),
                false, List.of(), List.of(), Optional.empty(), Optional.empty());
        QueryOptions o = new QueryOptions(Optional.ofNullable(condition), List.of(), OptionalInt.of(maxPlatforms),
                OptionalLong.empty(), false, List.of(),
                List.of(new Expand(List.of("Locations"), loc), new Expand(List.of("Datastreams"), ds)),
                Optional.empty(), Optional.empty());
        EntitySet set = store.get().readCollection(Version.V11, ResourcePathParser.parse("Things"), o);
        if (set.more()) {
            throw new OgcApiException(413, "PayloadTooLarge", "the query selects more than " + maxPlatforms
                    + " platforms; narrow it with coords, bbox or a platform-{id} collection");
        }
        List<Platform> out = new ArrayList<>();
        for (EntityRow r : set.rows()) {
            out.add(Platform.of(r));
        }
        return out;
    }
}
