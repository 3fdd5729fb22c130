package eu.emso.dmp.server.ogcapi.edr;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.query.OrderBy;
import eu.emso.dmp.model.query.QueryOptions;
import eu.emso.dmp.model.store.EntityOperations;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads the Observations of one Datastream in time order, page by page (keyset), through the
 * store's query model, so a long series never sits in memory whole. Thread-safe.
 */
final class SeriesReader {
    private static final int PAGE = 10_000;
    private static final List<List<String>> SELECT = List.of(List.of("phenomenonTime"), List.of("result"),
            List.of("resultQuality"));
    private static final List<OrderBy> ORDER = List.of(new OrderBy(new Expr.Path(List.of("phenomenonTime")), false));
    private final Supplier<? extends EntityOperations> store;

    SeriesReader(Supplier<? extends EntityOperations> store) {
        this.store = store;
    }

    /** How many Observations of Datastream {@code id} match {@code filter} (null: all). */
    long count(long id, Expr filter) {
        return page(id, filter, 1, true, null).count();
    }

    /** Passes every matching Observation of Datastream {@code id}, in time order, to {@code sink}. */
    void read(long id, Expr filter, Consumer<Value> sink) {
        String token = null;
        do {
            EntitySet page = page(id, filter, PAGE, false, token);
            for (EntityRow r : page.rows()) {
                sink.accept(Value.of(r));
            }
            token = page.more() ? page.nextToken() : null;
        } while (token != null);
    }

    private EntitySet page(long id, Expr filter, int top, boolean count, String token) {
        QueryOptions o = new QueryOptions(Optional.ofNullable(filter), ORDER, OptionalInt.of(top), OptionalLong.empty(),
                count, SELECT, List.of(), Optional.empty(), Optional.ofNullable(token));
        return store.get().readCollection(Version.V11, ResourcePathParser.parse("Datastreams(" + id + ")/Observations"), o);
    }
}
