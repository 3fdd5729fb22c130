package eu.emso.dmp.model.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The parsed system query options of one SensorThings API request, or of one {@code $expand}
 * item (OGC 18-088, section 9.3). Immutable value; all lists are copied on construction.
 *
 * @param filter       {@code $filter}: the boolean condition, if given
 * @param orderBy      {@code $orderby}: sort keys in order of significance, empty if not given
 * @param top          {@code $top}: the page size limit, if given
 * @param skip         {@code $skip}: number of entities to skip, if given
 * @param count        {@code $count}: whether the total count was requested
 * @param select       {@code $select}: selected property paths, empty meaning "all"
 * @param expand       {@code $expand}: related entities to include inline
 * @param resultFormat {@code $resultFormat}, e.g. {@code dataArray} or {@code GeoJSON}
 * @param skipToken    {@code $skiptoken}: the opaque paging token of a {@code nextLink}
 */
public record QueryOptions(Optional<Expr> filter, List<OrderBy> orderBy, OptionalInt top,
                           OptionalLong skip, boolean count, List<List<String>> select,
                           List<Expand> expand, Optional<String> resultFormat,
                           Optional<String> skipToken) {

    private static final QueryOptions NONE = new QueryOptions(Optional.empty(), List.of(),
            OptionalInt.empty(), OptionalLong.empty(), false, List.of(), List.of(),
            Optional.empty(), Optional.empty());

    public QueryOptions {
        Objects.requireNonNull(filter, "filter");
        orderBy = List.copyOf(orderBy);
        Objects.requireNonNull(top, "top");
        Objects.requireNonNull(skip, "skip");
        select = select.stream().map(List::copyOf).toList();
        expand = List.copyOf(expand);
        Objects.requireNonNull(resultFormat, "resultFormat");
        Objects.requireNonNull(skipToken, "skipToken");
    }

    /** The options of a request that gave none: no filter, no paging, no count, everything selected. */
    public static QueryOptions none() {
        return NONE;
    }
}
