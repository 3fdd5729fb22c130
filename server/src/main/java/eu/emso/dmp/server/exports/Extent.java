package eu.emso.dmp.server.exports;

import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.TimeValue;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.query.OrderBy;
import eu.emso.dmp.model.query.QueryOptions;
import eu.emso.dmp.model.store.EntityOperations;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How much an export holds, known before it is written: the number of values and the first and
 * last phenomenon time, from one count and two single-row reads per series over the index.
 * Immutable.
 *
 * @param values the number of Observations selected
 * @param first  the earliest phenomenon time, null when there are none
 * @param last   the latest, null when there are none
 */
public record Extent(long values, Instant first, Instant last) {
    private static final List<List<String>> TIME = List.of(List.of("phenomenonTime"));

    /** The extent of {@code variables} under {@code filter} (null: all Observations). */
    static Extent of(EntityOperations store, List<Variable> variables, Expr filter) {
        long n = 0;
        Instant first = null;
        Instant last = null;
        for (Variable v : variables) {
            EntitySet head = edge(store, v.datastream(), filter, false);
            n += head.count() == null ? 0 : head.count();
            if (!head.rows().isEmpty()) {
                Instant a = ((TimeValue) head.rows().get(0).values().get("phenomenonTime")).start();
                Instant b = ((TimeValue) edge(store, v.datastream(), filter, true).rows().get(0).values()
                        .get("phenomenonTime")).start();
                first = first == null || a.isBefore(first) ? a : first;
                last = last == null || b.isAfter(last) ? b : last;
            }
        }
        return new Extent(n, first, last);
    }

    private static EntitySet edge(EntityOperations store, long datastream, Expr filter, boolean latest) {
        QueryOptions o = new QueryOptions(Optional.ofNullable(filter),
                List.of(new OrderBy(new Expr.Path(List.of("phenomenonTime")), latest)), OptionalInt.of(1),
                OptionalLong.empty(), !latest, TIME, List.of(), Optional.empty(), Optional.empty());
        return store.readCollection(Version.V11, ResourcePathParser.parse("Datastreams(" + datastream + ")/Observations"), o);
    }
}
