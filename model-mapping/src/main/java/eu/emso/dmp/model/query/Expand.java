package eu.emso.dmp.model.query;

import java.util.List;
import java.util.Objects;

/**
 * One item of a {@code $expand} option (OGC 18-088, section 9.3.2.1): a navigation path of one
 * or more segments, e.g. {@code [Thing, Locations]}, and the query options that apply to the
 * entities reached by the LAST segment. Immutable value; the path is copied on construction.
 *
 * @param path    navigation segments, case kept as written, never empty
 * @param options nested options, {@link QueryOptions#none()} when none were given
 */
public record Expand(List<String> path, QueryOptions options) {
    public Expand {
        path = List.copyOf(path);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("an expand path needs at least one segment");
        }
        Objects.requireNonNull(options, "options");
    }

    /**
     * The navigation steps of the deepest chain in {@code expands}: path segments and nested
     * {@code $expand}s alike, so {@code Datastreams/Thing} and {@code Datastreams($expand=Thing)}
     * are both 2; none is 0.
     */
    public static int depth(List<Expand> expands) {
        int max = 0;
        for (Expand x : expands) {
            max = Math.max(max, x.path().size() + depth(x.options().expand()));
        }
        return max;
    }
}
