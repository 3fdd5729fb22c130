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
}
