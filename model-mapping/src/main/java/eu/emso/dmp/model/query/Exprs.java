package eu.emso.dmp.model.query;

import java.util.stream.Collectors;

/**
 * Renders expression trees in a compact, fully parenthesised prefix form for logs, error
 * reports and tests, e.g. {@code (and (eq name 'a') (gt result 10))}. Paths are joined with
 * {@code /}, zero-argument calls read {@code (now)}, negation {@code (neg x)}, strings are quoted
 * with {@code ''} escapes, numbers plain. Stateless; thread-safe.
 */
public final class Exprs {

    private Exprs() {
    }

    /**
     * The conjunction of {@code conditions} in order, nulls skipped: null when none is left,
     * the condition itself when one is.
     */
    public static Expr allOf(java.util.Collection<? extends Expr> conditions) {
        Expr e = null;
        for (Expr c : conditions) {
            if (c != null) {
                e = e == null ? c : new Expr.Binary(BinaryOp.AND, e, c);
            }
        }
        return e;
    }

    /** The prefix form of {@code expr}. */
    public static String format(Expr expr) {
        if (expr instanceof Expr.Path p) {
            return String.join("/", p.segments());
        } else if (expr instanceof Expr.Binary b) {
            return "(" + b.op().keyword() + " " + format(b.left()) + " " + format(b.right()) + ")";
        } else if (expr instanceof Expr.Unary u) {
            return "(" + (u.op() == UnaryOp.NOT ? "not" : "neg") + " " + format(u.operand()) + ")";
        } else if (expr instanceof Expr.Call c) {
            String args = c.args().stream().map(a -> " " + format(a)).collect(Collectors.joining());
            return "(" + c.function() + args + ")";
        }
        return literal((Expr.Literal) expr);
    }

    /**
     * The expression in the query language's own infix syntax, fully parenthesised, so that
     * {@link QueryParser#parseFilter} reads it back as the same tree (for next links).
     */
    public static String odata(Expr expr) {
        if (expr instanceof Expr.Path p) {
            return String.join("/", p.segments());
        } else if (expr instanceof Expr.Binary b) {
            return "(" + odata(b.left()) + " " + b.op().keyword() + " " + odata(b.right()) + ")";
        } else if (expr instanceof Expr.Unary u) {
            return u.op() == UnaryOp.NOT ? "(not " + odata(u.operand()) + ")" : "(-" + odata(u.operand()) + ")";
        } else if (expr instanceof Expr.Call c) {
            return c.function() + "(" + c.args().stream().map(Exprs::odata).collect(Collectors.joining(",")) + ")";
        }
        return literal((Expr.Literal) expr);
    }

    /** The filter, order and select of {@code o} as option name to text, in that order. */
    public static java.util.Map<String, String> options(QueryOptions o) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        o.filter().ifPresent(f -> m.put("$filter", odata(f)));
        if (!o.orderBy().isEmpty()) {
            m.put("$orderby", o.orderBy().stream()
                    .map(ob -> odata(ob.expr()) + (ob.descending() ? " desc" : " asc"))
                    .collect(Collectors.joining(",")));
        }
        if (!o.select().isEmpty()) {
            m.put("$select", o.select().stream().map(p -> String.join("/", p)).collect(Collectors.joining(",")));
        }
        return m;
    }

    private static String literal(Expr.Literal lit) {
        if (lit instanceof Expr.NullLit) {
            return "null";
        } else if (lit instanceof Expr.BoolLit b) {
            return Boolean.toString(b.value());
        } else if (lit instanceof Expr.NumLit n) {
            return n.value().toString();
        } else if (lit instanceof Expr.StrLit s) {
            return "'" + s.value().replace("'", "''") + "'";
        } else if (lit instanceof Expr.TimeLit t) {
            return t.value().toString();
        } else if (lit instanceof Expr.TimeOfDayLit t) {
            return t.value().toString();
        } else if (lit instanceof Expr.DurationLit d) {
            return "duration'" + d.value() + "'";
        } else if (lit instanceof Expr.IntervalLit i) {
            return i.start() + "/" + i.end();
        }
        Expr.GeoLit g = (Expr.GeoLit) lit;
        return (g.geography() ? "geography'" : "geometry'") + g.wkt().replace("'", "''") + "'";
    }
}
