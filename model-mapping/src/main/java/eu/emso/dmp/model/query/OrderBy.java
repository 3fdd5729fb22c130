package eu.emso.dmp.model.query;

import java.util.Objects;

/**
 * One item of a {@code $orderby} option (OGC 18-088, section 9.3.3.3): an expression,
 * typically a property path, and its direction. Immutable value.
 *
 * @param expr       the sort key
 * @param descending {@code true} for {@code desc}, {@code false} for {@code asc} (the default)
 */
public record OrderBy(Expr expr, boolean descending) {
    public OrderBy {
        Objects.requireNonNull(expr, "expr");
    }
}
